from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepTestResult")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "input", "output", "standardError", "standardOutput"))


@_attrs_define
class StepTestResult:
    """Result of a step test. Vendor schema `StepTestResponse`.

    Attributes:
        success (bool): Whether the test succeeded.
        input_ (Any | Unset):
        output (Any | Unset):
        standard_error (str | Unset):  Default: ''.
        standard_output (str | Unset):  Default: ''.
    """

    success: bool
    input_: Any | Unset = UNSET
    output: Any | Unset = UNSET
    standard_error: str | Unset = ""
    standard_output: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        input_ = self.input_

        output = self.output

        standard_error = self.standard_error

        standard_output = self.standard_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if standard_error is not UNSET:
            field_dict["standardError"] = standard_error
        if standard_output is not UNSET:
            field_dict["standardOutput"] = standard_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            success = src_dict["success"]

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    input_ = src_dict["input"]
                    output = src_dict["output"]
                    standard_error = src_dict["standardError"]
                    standard_output = src_dict["standardOutput"]
                except KeyError:
                    _whole = False
            if not _whole:
                input_ = src_dict.get("input", UNSET)
                output = src_dict.get("output", UNSET)
                standard_error = src_dict.get("standardError", UNSET)
                standard_output = src_dict.get("standardOutput", UNSET)

            if _whole or len(src_dict) == 1 + (input_ is not UNSET) + (output is not UNSET) + (
                standard_error is not UNSET
            ) + (standard_output is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.input_ = input_
        _model.output = output
        _model.standard_error = standard_error
        _model.standard_output = standard_output
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

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

T = TypeVar("T", bound="UpdateTaskBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("state", "context", "waitToGreet"))


@_attrs_define
class UpdateTaskBody:
    """
    Attributes:
        state (str | Unset):  Example: canceled.
        context (str | Unset):  Example: New context.
        wait_to_greet (bool | Unset):  Example: True.
    """

    state: str | Unset = UNSET
    context: str | Unset = UNSET
    wait_to_greet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        context = self.context

        wait_to_greet = self.wait_to_greet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if context is not UNSET:
            field_dict["context"] = context
        if wait_to_greet is not UNSET:
            field_dict["waitToGreet"] = wait_to_greet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    state = src_dict["state"]
                    context = src_dict["context"]
                    wait_to_greet = src_dict["waitToGreet"]
                except KeyError:
                    _whole = False
            if not _whole:
                state = src_dict.get("state", UNSET)
                context = src_dict.get("context", UNSET)
                wait_to_greet = src_dict.get("waitToGreet", UNSET)

            if _whole or len(src_dict) == (state is not UNSET) + (context is not UNSET) + (wait_to_greet is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.state = state
        _model.context = context
        _model.wait_to_greet = wait_to_greet
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_issue_params import ValidationIssueParams


T = TypeVar("T", bound="ValidationIssue")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("message_code", "message", "params"))


@_attrs_define
class ValidationIssue:
    """A problem found in a draft configuration. Vendor schema `ValidationIssueSchema`.

    Attributes:
        message_code (str):
        message (str):
        params (None | Unset | ValidationIssueParams):
    """

    message_code: str
    message: str
    params: None | Unset | ValidationIssueParams = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_issue_params import ValidationIssueParams

        message_code = self.message_code

        message = self.message

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ValidationIssueParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_code": message_code,
                "message": message,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            message_code = src_dict["message_code"]

            message = src_dict["message"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    params = src_dict["params"]
                except KeyError:
                    _whole = False
            if not _whole:
                params = src_dict.get("params", UNSET)
            if params is not UNSET and params is not None:
                _field = "params"
                params = _models.ValidationIssueParams.from_dict(params)

            if _whole or len(src_dict) == 2 + (params is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.message_code = message_code
        _model.message = message
        _model.params = params
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

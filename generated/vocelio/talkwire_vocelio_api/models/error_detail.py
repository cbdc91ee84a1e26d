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
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="ErrorDetail")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_error_code_member = ErrorCode._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("code", "message", "details"))


@_attrs_define
class ErrorDetail:
    """The `error` object of the error envelope (documented).

    Attributes:
        code (ErrorCode): Documented error codes:
            - `AUTH_001` Invalid or missing JWT token; `AUTH_002` Token expired; `AUTH_003` Insufficient permissions.
            - `VALIDATION_001` Required field missing; `VALIDATION_002` Invalid field format; `VALIDATION_003` Field
              value out of range.
            - `RESOURCE_001` Resource not found; `RESOURCE_002` Resource already exists; `RESOURCE_003` Resource
              cannot be modified.
            - `SERVICE_001` External service unavailable; `SERVICE_002` Service rate limit exceeded; `SERVICE_003`
              Service configuration error.
            - `SYSTEM_001` Internal server error; `SYSTEM_002` Database connection error; `SYSTEM_003` Network
              timeout.
        message (str): Human readable error message.
        details (ErrorDetails | Unset): Additional error details; free-form (the document shows only a placeholder),
            e.g. the offending field.
    """

    code: ErrorCode
    message: str
    details: ErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "code"
            code = src_dict["code"]
            code = _error_code_member(code) or ErrorCode(code)

            message = src_dict["message"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    details = src_dict["details"]
                except KeyError:
                    _whole = False
            if not _whole:
                details = src_dict.get("details", UNSET)
            if details is not UNSET:
                _field = "details"
                details = _models.ErrorDetails.from_dict(details)

            if _whole or len(src_dict) == 2 + (details is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.code = code
        _model.message = message
        _model.details = details
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("statusCode", "message", "error"))


@_attrs_define
class ErrorResponse:
    """Error body for 400/401/403/404. NOT documented: inferred from the NestJS-style 429 body
    (`statusCode`, `message`), so the NestJS default `{statusCode, message, error?}` is assumed. NestJS
    validation errors carry a list of messages, hence `message` may be a string or a list of strings.

        Attributes:
            status_code (int): The HTTP status code.
            message (list[str] | str): Human-readable message (or messages, for validation errors).
            error (str | Unset): Short status text such as `Forbidden` (NestJS adds it for some errors).
    """

    status_code: int
    message: list[str] | str
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "message": message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            status_code = src_dict["statusCode"]

            _field = "message"
            message = _parse_message(src_dict["message"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    error = src_dict["error"]
                except KeyError:
                    _whole = False
            if not _whole:
                error = src_dict.get("error", UNSET)

            if _whole or len(src_dict) == 2 + (error is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.status_code = status_code
        _model.message = message
        _model.error = error
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


def _parse_message(data: Any) -> list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        value = data

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str, data)

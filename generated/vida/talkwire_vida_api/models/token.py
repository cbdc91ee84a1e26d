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

T = TypeVar("T", bound="Token")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("token", "description", "type", "timestamp", "userId"))


@_attrs_define
class Token:
    """An API token of the account.

    Attributes:
        token (str | Unset): Token Example: 9fe4f9.....
        description (str | Unset): Friendly description of token Example: Main app.
        type_ (str | Unset): Token type Example: admin.
        timestamp (str | Unset): Timestamp when created (epoch seconds, as a string) Example: 1678829072.
        user_id (float | Unset): User Id that owns token Example: 3.
    """

    token: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    user_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        description = self.description

        type_ = self.type_

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    token = src_dict["token"]
                    description = src_dict["description"]
                    type_ = src_dict["type"]
                    timestamp = src_dict["timestamp"]
                    user_id = src_dict["userId"]
                except KeyError:
                    _whole = False
            if not _whole:
                token = src_dict.get("token", UNSET)
                description = src_dict.get("description", UNSET)
                type_ = src_dict.get("type", UNSET)
                timestamp = src_dict.get("timestamp", UNSET)
                user_id = src_dict.get("userId", UNSET)

            if _whole or len(src_dict) == (token is not UNSET) + (description is not UNSET) + (type_ is not UNSET) + (
                timestamp is not UNSET
            ) + (user_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.token = token
        _model.description = description
        _model.type_ = type_
        _model.timestamp = timestamp
        _model.user_id = user_id
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

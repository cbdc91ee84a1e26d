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

T = TypeVar("T", bound="Webhook")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("userId", "label", "timestamp", "url", "type"))


@_attrs_define
class Webhook:
    """A webhook destination.

    Attributes:
        user_id (float | Unset): User Id Example: 3.
        label (str | Unset): Friendly label for webhook Example: Zapier Hook.
        timestamp (float | Unset): Timestamp when created Example: 1678829072.
        url (str | Unset): Webhook URL Example: https://hooks.zapier.com/hooks/catch/123456/abcdef.
        type_ (str | Unset): Webhook type Example: conversation.
    """

    user_id: float | Unset = UNSET
    label: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    url: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        label = self.label

        timestamp = self.timestamp

        url = self.url

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if label is not UNSET:
            field_dict["label"] = label
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if url is not UNSET:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    user_id = src_dict["userId"]
                    label = src_dict["label"]
                    timestamp = src_dict["timestamp"]
                    url = src_dict["url"]
                    type_ = src_dict["type"]
                except KeyError:
                    _whole = False
            if not _whole:
                user_id = src_dict.get("userId", UNSET)
                label = src_dict.get("label", UNSET)
                timestamp = src_dict.get("timestamp", UNSET)
                url = src_dict.get("url", UNSET)
                type_ = src_dict.get("type", UNSET)

            if _whole or len(src_dict) == (user_id is not UNSET) + (label is not UNSET) + (timestamp is not UNSET) + (
                url is not UNSET
            ) + (type_ is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.user_id = user_id
        _model.label = label
        _model.timestamp = timestamp
        _model.url = url
        _model.type_ = type_
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

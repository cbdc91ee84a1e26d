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

T = TypeVar("T", bound="FlowTemplateConnection")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("key", "name", "piece_name", "auth_type", "description"))


@_attrs_define
class FlowTemplateConnection:
    """A connection a flow template needs. Vendor schema `TemplateConnectionInfo`.

    Attributes:
        key (str):
        name (str):
        piece_name (str):
        auth_type (str):
        description (None | str | Unset):
    """

    key: str
    name: str
    piece_name: str
    auth_type: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        piece_name = self.piece_name

        auth_type = self.auth_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "piece_name": piece_name,
                "auth_type": auth_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            key = src_dict["key"]

            name = src_dict["name"]

            piece_name = src_dict["piece_name"]

            auth_type = src_dict["auth_type"]

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    description = src_dict["description"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)

            if _whole or len(src_dict) == 4 + (description is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.key = key
        _model.name = name
        _model.piece_name = piece_name
        _model.auth_type = auth_type
        _model.description = description
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

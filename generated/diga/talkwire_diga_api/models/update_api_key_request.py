from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApiKeyRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_permission_member = Permission._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "restricted", "permissions"))


@_attrs_define
class UpdateApiKeyRequest:
    """Partial update of an API key; `permissions` replaces the whole list. Vendor schema `ApiKeyUpdateRequest`.

    Attributes:
        name (str | Unset): Name of the key.
        restricted (bool | Unset): Whether the key is limited to `permissions`.
        permissions (list[Permission] | None | Unset): Permissions of a restricted key.
    """

    name: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    permissions: list[Permission] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        restricted = self.restricted

        permissions: list[str] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.value
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    name = src_dict["name"]
                    restricted = src_dict["restricted"]
                    permissions = src_dict["permissions"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                restricted = src_dict.get("restricted", UNSET)
                permissions = src_dict.get("permissions", UNSET)

            if permissions is not UNSET and permissions is not None:
                _field = "permissions"
                if not isinstance(permissions, list):
                    _not_valid(permissions, "list[Permission] | None")
                _items = []
                for _item in permissions:
                    _items.append(_permission_member(_item) or Permission(_item))
                permissions = _items
                _items = None

            if _whole or len(src_dict) == (name is not UNSET) + (restricted is not UNSET) + (permissions is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.restricted = restricted
        _model.permissions = permissions
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

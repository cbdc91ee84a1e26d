from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
)
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_permission_member = Permission._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "restricted", "expiry_date", "permissions"))


@_attrs_define
class CreateApiKeyRequest:
    """A new API key. Vendor schema `ApiKeyRequestSchema`.

    Attributes:
        name (str): Name of the key.
        restricted (bool): Whether the key is limited to `permissions`.
        expiry_date (datetime.datetime | None | Unset): Omit = never expires.
        permissions (list[Permission] | None | Unset): Omit for unrestricted keys.
    """

    name: str
    restricted: bool
    expiry_date: datetime.datetime | None | Unset = UNSET
    permissions: list[Permission] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        restricted = self.restricted

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

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
        field_dict.update(
            {
                "name": name,
                "restricted": restricted,
            }
        )
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            name = src_dict["name"]

            restricted = src_dict["restricted"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    expiry_date = src_dict["expiry_date"]
                    permissions = src_dict["permissions"]
                except KeyError:
                    _whole = False
            if not _whole:
                expiry_date = src_dict.get("expiry_date", UNSET)
                permissions = src_dict.get("permissions", UNSET)
            if expiry_date is not UNSET and expiry_date is not None:
                _field = "expiry_date"
                try:
                    expiry_date = _fromisoformat(expiry_date)
                except ValueError:
                    expiry_date = _datetime_fallback(expiry_date)

            if permissions is not UNSET and permissions is not None:
                _field = "permissions"
                if not isinstance(permissions, list):
                    _not_valid(permissions, "list[Permission] | None")
                _items = []
                for _item in permissions:
                    _items.append(_permission_member(_item) or Permission(_item))
                permissions = _items
                _items = None

            if _whole or len(src_dict) == 2 + (expiry_date is not UNSET) + (permissions is not UNSET):
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
        _model.expiry_date = expiry_date
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

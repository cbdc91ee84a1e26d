from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_permission_member = Permission._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("id", "name", "created_date", "last_four_digits", "creator_id", "restricted", "permissions")
)


@_attrs_define
class ApiKey:
    """An API key without its secret (only the last four characters). Vendor schema `RedactedApiKeyResponseSchema`.

    Attributes:
        id (UUID):
        name (str): Name of the key.
        created_date (datetime.datetime):
        last_four_digits (str): Last four characters of the key.
        creator_id (UUID): Profile that created the key.
        restricted (bool): Whether the key is limited to `permissions`.
        permissions (list[Permission] | None | Unset): Permissions of a restricted key.
    """

    id: UUID
    name: str
    created_date: datetime.datetime
    last_four_digits: str
    creator_id: UUID
    restricted: bool
    permissions: list[Permission] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_date = self.created_date.isoformat()

        last_four_digits = self.last_four_digits

        creator_id = str(self.creator_id)

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
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_date": created_date,
                "last_four_digits": last_four_digits,
                "creator_id": creator_id,
                "restricted": restricted,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "created_date"
            try:
                created_date = _fromisoformat(src_dict["created_date"])
            except ValueError:
                created_date = _datetime_fallback(src_dict["created_date"])

            last_four_digits = src_dict["last_four_digits"]

            _field = "creator_id"
            creator_id = _uuid_from_wire(src_dict["creator_id"])

            restricted = src_dict["restricted"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    permissions = src_dict["permissions"]
                except KeyError:
                    _whole = False
            if not _whole:
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

            if _whole or len(src_dict) == 6 + (permissions is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.created_date = created_date
        _model.last_four_digits = last_four_digits
        _model.creator_id = creator_id
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

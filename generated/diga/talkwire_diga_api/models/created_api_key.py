from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey:
    """A newly created API key with its secret `value` (shown only once). Vendor schema `ApiKeyResponse`.

    Attributes:
        id (UUID):
        name (str): Name of the key.
        created_date (datetime.datetime):
        last_four_digits (str): Last four characters of the key.
        creator_id (UUID): Profile that created the key.
        restricted (bool): Whether the key is limited to `permissions`.
        permissions (list[Permission] | None | Unset): Permissions of a restricted key.
        value (None | str | Unset): The full secret key; present only in the create response. Treat as a secret.
    """

    id: UUID
    name: str
    created_date: datetime.datetime
    last_four_digits: str
    creator_id: UUID
    restricted: bool
    permissions: list[Permission] | None | Unset = UNSET
    value: None | str | Unset = UNSET
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

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

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
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        last_four_digits = d.pop("last_four_digits")

        creator_id = UUID(d.pop("creator_id"))

        restricted = d.pop("restricted")

        def _parse_permissions(data: object) -> list[Permission] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = Permission(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[Permission] | None")

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.created_date = created_date
        _model.last_four_digits = last_four_digits
        _model.creator_id = creator_id
        _model.restricted = restricted
        _model.permissions = permissions
        _model.value = value

        _model.additional_properties = d
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

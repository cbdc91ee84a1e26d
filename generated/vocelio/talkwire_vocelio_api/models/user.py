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
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_preferences import UserPreferences


T = TypeVar("T", bound="User")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_user_status_member = UserStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("user_id", "email", "name", "role", "status", "organization_id", "permissions", "preferences")
)


@_attrs_define
class User:
    """A user of the organisation. `status` is not shown in the user response; it is included because listUsers filters and
    updateUser sets it.

        Attributes:
            user_id (str):
            email (str):
            name (str | Unset):
            role (str | Unset): Role (the document lists no values; `admin`, `manager`, `agent` appear in its examples).
            status (UserStatus | Unset): User status (the documented filter values).
            organization_id (str | Unset):
            permissions (list[str] | Unset): Permission names such as `campaigns.create`, `calls.view`.
            preferences (UserPreferences | Unset):
    """

    user_id: str
    email: str
    name: str | Unset = UNSET
    role: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    organization_id: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    preferences: UserPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        name = self.name

        role = self.role

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        organization_id = self.organization_id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            user_id = src_dict["user_id"]

            email = src_dict["email"]

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    name = src_dict["name"]
                    role = src_dict["role"]
                    status = src_dict["status"]
                    organization_id = src_dict["organization_id"]
                    permissions = src_dict["permissions"]
                    preferences = src_dict["preferences"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                role = src_dict.get("role", UNSET)
                status = src_dict.get("status", UNSET)
                organization_id = src_dict.get("organization_id", UNSET)
                permissions = src_dict.get("permissions", UNSET)
                preferences = src_dict.get("preferences", UNSET)

            if status is not UNSET:
                _field = "status"
                status = _user_status_member(status) or UserStatus(status)

            if preferences is not UNSET:
                _field = "preferences"
                preferences = _models.UserPreferences.from_dict(preferences)

            if _whole or len(src_dict) == 2 + (name is not UNSET) + (role is not UNSET) + (status is not UNSET) + (
                organization_id is not UNSET
            ) + (permissions is not UNSET) + (preferences is not UNSET):
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
        _model.email = email
        _model.name = name
        _model.role = role
        _model.status = status
        _model.organization_id = organization_id
        _model.permissions = permissions
        _model.preferences = preferences
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role import Role


T = TypeVar("T", bound="ProjectMember")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "email", "role", "added_at", "first_name", "last_name"))


@_attrs_define
class ProjectMember:
    """A member of a project. Vendor schema `MemberResponseSchema`.

    Attributes:
        id (UUID): Profile id of the member.
        email (str):
        role (Role): A project role and its permissions. Vendor schema `RoleResponseSchema`.
        added_at (datetime.datetime): When the member joined.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
    """

    id: UUID
    email: str
    role: Role
    added_at: datetime.datetime
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        role = self.role.to_dict()

        added_at = self.added_at.isoformat()

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "added_at": added_at,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            email = src_dict["email"]

            _field = "role"
            role = _models.Role.from_dict(src_dict["role"])

            _field = "added_at"
            try:
                added_at = _fromisoformat(src_dict["added_at"])
            except ValueError:
                added_at = _datetime_fallback(src_dict["added_at"])

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    first_name = src_dict["first_name"]
                    last_name = src_dict["last_name"]
                except KeyError:
                    _whole = False
            if not _whole:
                first_name = src_dict.get("first_name", UNSET)
                last_name = src_dict.get("last_name", UNSET)

            if _whole or len(src_dict) == 4 + (first_name is not UNSET) + (last_name is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.email = email
        _model.role = role
        _model.added_at = added_at
        _model.first_name = first_name
        _model.last_name = last_name
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

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
    _uuid_from_wire,
)
from ..models.project_role import ProjectRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitation")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_project_role_member = ProjectRole._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "invited_email",
        "project_id",
        "project_name",
        "created_at",
        "registered",
        "expires_at",
        "role",
        "inviter_name",
        "invited_profile_id",
    )
)


@_attrs_define
class Invitation:
    """An invitation to join a project. Vendor schema `InvitationResponseSchema`.

    Attributes:
        id (UUID):
        invited_email (str):
        project_id (UUID):
        project_name (str):
        created_at (datetime.datetime):
        registered (bool): Whether the invited e-mail already has a Diga account.
        expires_at (datetime.datetime): When the invitation expires.
        role (ProjectRole): Project role (vendor enum `AppRole`).
        inviter_name (None | str | Unset):
        invited_profile_id (None | Unset | UUID): Profile of the invited user, if registered.
    """

    id: UUID
    invited_email: str
    project_id: UUID
    project_name: str
    created_at: datetime.datetime
    registered: bool
    expires_at: datetime.datetime
    role: ProjectRole
    inviter_name: None | str | Unset = UNSET
    invited_profile_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        invited_email = self.invited_email

        project_id = str(self.project_id)

        project_name = self.project_name

        created_at = self.created_at.isoformat()

        registered = self.registered

        expires_at = self.expires_at.isoformat()

        role = self.role.value

        inviter_name: None | str | Unset
        if isinstance(self.inviter_name, Unset):
            inviter_name = UNSET
        else:
            inviter_name = self.inviter_name

        invited_profile_id: None | str | Unset
        if isinstance(self.invited_profile_id, Unset):
            invited_profile_id = UNSET
        elif isinstance(self.invited_profile_id, UUID):
            invited_profile_id = str(self.invited_profile_id)
        else:
            invited_profile_id = self.invited_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invited_email": invited_email,
                "project_id": project_id,
                "project_name": project_name,
                "created_at": created_at,
                "registered": registered,
                "expires_at": expires_at,
                "role": role,
            }
        )
        if inviter_name is not UNSET:
            field_dict["inviter_name"] = inviter_name
        if invited_profile_id is not UNSET:
            field_dict["invited_profile_id"] = invited_profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            invited_email = src_dict["invited_email"]

            _field = "project_id"
            project_id = _uuid_from_wire(src_dict["project_id"])

            project_name = src_dict["project_name"]

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            registered = src_dict["registered"]

            _field = "expires_at"
            try:
                expires_at = _fromisoformat(src_dict["expires_at"])
            except ValueError:
                expires_at = _datetime_fallback(src_dict["expires_at"])

            _field = "role"
            role = src_dict["role"]
            role = _project_role_member(role) or ProjectRole(role)

            _whole = len(src_dict) == 10
            if _whole:
                try:
                    inviter_name = src_dict["inviter_name"]
                    invited_profile_id = src_dict["invited_profile_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                inviter_name = src_dict.get("inviter_name", UNSET)
                invited_profile_id = src_dict.get("invited_profile_id", UNSET)

            if invited_profile_id is not UNSET and invited_profile_id is not None:
                _field = "invited_profile_id"
                invited_profile_id = _uuid_from_wire(invited_profile_id)

            if _whole or len(src_dict) == 8 + (inviter_name is not UNSET) + (invited_profile_id is not UNSET):
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
        _model.invited_email = invited_email
        _model.project_id = project_id
        _model.project_name = project_name
        _model.created_at = created_at
        _model.registered = registered
        _model.expires_at = expires_at
        _model.role = role
        _model.inviter_name = inviter_name
        _model.invited_profile_id = invited_profile_id
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import ProjectRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitation")


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
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        invited_email = d.pop("invited_email")

        project_id = UUID(d.pop("project_id"))

        project_name = d.pop("project_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        registered = d.pop("registered")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        role = ProjectRole(d.pop("role"))

        def _parse_inviter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inviter_name = _parse_inviter_name(d.pop("inviter_name", UNSET))

        def _parse_invited_profile_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invited_profile_id_type_0 = UUID(data)

                return invited_profile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        invited_profile_id = _parse_invited_profile_id(d.pop("invited_profile_id", UNSET))

        _model = cls.__new__(cls)
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

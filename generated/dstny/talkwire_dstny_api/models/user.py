from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "full_name", "email", "role", "team_id", "team_name"))


@_attrs_define
class User:
    """An active user of the account. (Conversations reference users as `ConversationUser`, with `name` instead of
    `full_name`.)

        Attributes:
            id (UUID):
            full_name (str):
            email (str):
            role (str | Unset): The user's role, e.g. `owner`. The full set of values is undocumented.
            team_id (None | Unset | UUID): The user's (primary) team. A single value in the docs; null for a user without a
                team is inferred.
            team_name (None | str | Unset): Name of that team; null for a user without a team is inferred.
    """

    id: UUID
    full_name: str
    email: str
    role: str | Unset = UNSET
    team_id: None | Unset | UUID = UNSET
    team_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        full_name = self.full_name

        email = self.email

        role = self.role

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_name": full_name,
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if team_name is not UNSET:
            field_dict["team_name"] = team_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            full_name = src_dict["full_name"]

            email = src_dict["email"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    role = src_dict["role"]
                    team_id = src_dict["team_id"]
                    team_name = src_dict["team_name"]
                except KeyError:
                    _whole = False
            if not _whole:
                role = src_dict.get("role", UNSET)
                team_id = src_dict.get("team_id", UNSET)
                team_name = src_dict.get("team_name", UNSET)

            if team_id is not UNSET and team_id is not None:
                _field = "team_id"
                team_id = _uuid_from_wire(team_id)

            if _whole or len(src_dict) == 3 + (role is not UNSET) + (team_id is not UNSET) + (team_name is not UNSET):
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
        _model.full_name = full_name
        _model.email = email
        _model.role = role
        _model.team_id = team_id
        _model.team_name = team_name
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

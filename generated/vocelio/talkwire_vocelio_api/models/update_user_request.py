from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_user_status_member = UserStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("role", "status"))


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        role (str | Unset): Role (values not listed; e.g. `manager`).
        status (UserStatus | Unset): User status (the documented filter values).
    """

    role: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    role = src_dict["role"]
                    status = src_dict["status"]
                except KeyError:
                    _whole = False
            if not _whole:
                role = src_dict.get("role", UNSET)
                status = src_dict.get("status", UNSET)

            if status is not UNSET:
                _field = "status"
                status = _user_status_member(status) or UserStatus(status)

            if _whole or len(src_dict) == (role is not UNSET) + (status is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.role = role
        _model.status = status
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

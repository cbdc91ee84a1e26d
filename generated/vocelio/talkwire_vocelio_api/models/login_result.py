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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_user import LoginUser


T = TypeVar("T", bound="LoginResult")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("token", "expires_in", "refresh_token", "user"))


@_attrs_define
class LoginResult:
    """
    Attributes:
        token (str): JWT to send as `Authorization: Bearer <token>`.
        expires_in (int): Token lifetime in seconds (86400 in the example).
        refresh_token (str | Unset): Refresh token. No operation that uses it is documented.
        user (LoginUser | Unset): The user summary returned by `login` (note `id` here versus `user_id` in `User`; both
            as documented).
    """

    token: str
    expires_in: int
    refresh_token: str | Unset = UNSET
    user: LoginUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expires_in": expires_in,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            token = src_dict["token"]

            expires_in = src_dict["expires_in"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    refresh_token = src_dict["refresh_token"]
                    user = src_dict["user"]
                except KeyError:
                    _whole = False
            if not _whole:
                refresh_token = src_dict.get("refresh_token", UNSET)
                user = src_dict.get("user", UNSET)

            if user is not UNSET:
                _field = "user"
                user = _models.LoginUser.from_dict(user)

            if _whole or len(src_dict) == 2 + (refresh_token is not UNSET) + (user is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.token = token
        _model.expires_in = expires_in
        _model.refresh_token = refresh_token
        _model.user = user
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

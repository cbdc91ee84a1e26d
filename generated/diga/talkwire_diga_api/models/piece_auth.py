from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="PieceAuth")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("type", "displayName", "description", "required", "props", "authUrl", "tokenUrl", "scope", "username", "password")
)


@_attrs_define
class PieceAuth:
    """Authentication a piece needs. Vendor schema `PieceAuthProperty`.

    Attributes:
        type_ (None | str | Unset):
        display_name (None | str | Unset):
        description (None | str | Unset):
        required (bool | None | Unset):
        props (JsonObject | None | Unset):
        auth_url (None | str | Unset):
        token_url (None | str | Unset):
        scope (list[str] | None | Unset):
        username (JsonObject | None | Unset):
        password (JsonObject | None | Unset):
    """

    type_: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    props: JsonObject | None | Unset = UNSET
    auth_url: None | str | Unset = UNSET
    token_url: None | str | Unset = UNSET
    scope: list[str] | None | Unset = UNSET
    username: JsonObject | None | Unset = UNSET
    password: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        props: dict[str, Any] | None | Unset
        if isinstance(self.props, Unset):
            props = UNSET
        elif isinstance(self.props, JsonObject):
            props = self.props.to_dict()
        else:
            props = self.props

        auth_url: None | str | Unset
        if isinstance(self.auth_url, Unset):
            auth_url = UNSET
        else:
            auth_url = self.auth_url

        token_url: None | str | Unset
        if isinstance(self.token_url, Unset):
            token_url = UNSET
        else:
            token_url = self.token_url

        scope: list[str] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, list):
            scope = self.scope

        else:
            scope = self.scope

        username: dict[str, Any] | None | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        elif isinstance(self.username, JsonObject):
            username = self.username.to_dict()
        else:
            username = self.username

        password: dict[str, Any] | None | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        elif isinstance(self.password, JsonObject):
            password = self.password.to_dict()
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if props is not UNSET:
            field_dict["props"] = props
        if auth_url is not UNSET:
            field_dict["authUrl"] = auth_url
        if token_url is not UNSET:
            field_dict["tokenUrl"] = token_url
        if scope is not UNSET:
            field_dict["scope"] = scope
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 10
            if _whole:
                try:
                    type_ = src_dict["type"]
                    display_name = src_dict["displayName"]
                    description = src_dict["description"]
                    required = src_dict["required"]
                    props = src_dict["props"]
                    auth_url = src_dict["authUrl"]
                    token_url = src_dict["tokenUrl"]
                    scope = src_dict["scope"]
                    username = src_dict["username"]
                    password = src_dict["password"]
                except KeyError:
                    _whole = False
            if not _whole:
                type_ = src_dict.get("type", UNSET)
                display_name = src_dict.get("displayName", UNSET)
                description = src_dict.get("description", UNSET)
                required = src_dict.get("required", UNSET)
                props = src_dict.get("props", UNSET)
                auth_url = src_dict.get("authUrl", UNSET)
                token_url = src_dict.get("tokenUrl", UNSET)
                scope = src_dict.get("scope", UNSET)
                username = src_dict.get("username", UNSET)
                password = src_dict.get("password", UNSET)

            if props is not UNSET and props is not None:
                _field = "props"
                props = _models.JsonObject.from_dict(props)

            if scope is not UNSET and scope is not None:
                _field = "scope"
                if not isinstance(scope, list):
                    _not_valid(scope, "list[str] | None")

            if username is not UNSET and username is not None:
                _field = "username"
                username = _models.JsonObject.from_dict(username)

            if password is not UNSET and password is not None:
                _field = "password"
                password = _models.JsonObject.from_dict(password)

            if _whole or len(src_dict) == (type_ is not UNSET) + (display_name is not UNSET) + (
                description is not UNSET
            ) + (required is not UNSET) + (props is not UNSET) + (auth_url is not UNSET) + (token_url is not UNSET) + (
                scope is not UNSET
            ) + (username is not UNSET) + (password is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.type_ = type_
        _model.display_name = display_name
        _model.description = description
        _model.required = required
        _model.props = props
        _model.auth_url = auth_url
        _model.token_url = token_url
        _model.scope = scope
        _model.username = username
        _model.password = password
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

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
    from ..models.http_headers import HttpHeaders


T = TypeVar("T", bound="UpdateIntegrationRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "description", "base_url", "auth_key", "headers"))


@_attrs_define
class UpdateIntegrationRequest:
    """Partial update of an integration.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        base_url (str | Unset): Base URL of the integration's server (HTTP tools' `endpoint_path` is relative to it;
            MCP: the server URL).
        auth_key (None | str | Unset): API key the integration sends to its server (a secret).
        headers (HttpHeaders | None | Unset): Headers sent with every request to the server.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    base_url: str | Unset = UNSET
    auth_key: None | str | Unset = UNSET
    headers: HttpHeaders | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_headers import HttpHeaders

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        base_url = self.base_url

        auth_key: None | str | Unset
        if isinstance(self.auth_key, Unset):
            auth_key = UNSET
        else:
            auth_key = self.auth_key

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, HttpHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if auth_key is not UNSET:
            field_dict["auth_key"] = auth_key
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    name = src_dict["name"]
                    description = src_dict["description"]
                    base_url = src_dict["base_url"]
                    auth_key = src_dict["auth_key"]
                    headers = src_dict["headers"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                description = src_dict.get("description", UNSET)
                base_url = src_dict.get("base_url", UNSET)
                auth_key = src_dict.get("auth_key", UNSET)
                headers = src_dict.get("headers", UNSET)

            if headers is not UNSET and headers is not None:
                _field = "headers"
                headers = _models.HttpHeaders.from_dict(headers)

            if _whole or len(src_dict) == (name is not UNSET) + (description is not UNSET) + (base_url is not UNSET) + (
                auth_key is not UNSET
            ) + (headers is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.description = description
        _model.base_url = base_url
        _model.auth_key = auth_key
        _model.headers = headers
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

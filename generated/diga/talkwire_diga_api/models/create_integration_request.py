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
from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders


T = TypeVar("T", bound="CreateIntegrationRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_integration_type_member = IntegrationType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "base_url", "integration_type", "description", "auth_key", "headers"))


@_attrs_define
class CreateIntegrationRequest:
    """A new HTTP or MCP integration.

    Attributes:
        name (str):
        base_url (str): Base URL of the integration's server (HTTP tools' `endpoint_path` is relative to it; MCP: the
            server URL).
        integration_type (IntegrationType): `HTTP`: tools defined in Diga; `MCP`: tools served by an MCP server.
        description (None | str | Unset):
        auth_key (None | str | Unset): API key the integration sends to its server (a secret).
        headers (HttpHeaders | None | Unset): Headers sent with every request to the server.
    """

    name: str
    base_url: str
    integration_type: IntegrationType
    description: None | str | Unset = UNSET
    auth_key: None | str | Unset = UNSET
    headers: HttpHeaders | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_headers import HttpHeaders

        name = self.name

        base_url = self.base_url

        integration_type = self.integration_type.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        field_dict.update(
            {
                "name": name,
                "base_url": base_url,
                "integration_type": integration_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if auth_key is not UNSET:
            field_dict["auth_key"] = auth_key
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            base_url = src_dict["base_url"]

            _field = "integration_type"
            integration_type = src_dict["integration_type"]
            integration_type = _integration_type_member(integration_type) or IntegrationType(integration_type)

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    description = src_dict["description"]
                    auth_key = src_dict["auth_key"]
                    headers = src_dict["headers"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                auth_key = src_dict.get("auth_key", UNSET)
                headers = src_dict.get("headers", UNSET)

            if headers is not UNSET and headers is not None:
                _field = "headers"
                headers = _models.HttpHeaders.from_dict(headers)

            if _whole or len(src_dict) == 3 + (description is not UNSET) + (auth_key is not UNSET) + (
                headers is not UNSET
            ):
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
        _model.base_url = base_url
        _model.integration_type = integration_type
        _model.description = description
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

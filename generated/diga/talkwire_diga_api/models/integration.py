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
from ..models.integration_auth_type import IntegrationAuthType
from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders


T = TypeVar("T", bound="Integration")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_integration_auth_type_member = IntegrationAuthType._value2member_map_.get
_integration_type_member = IntegrationType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "name",
        "base_url",
        "auth_type",
        "integration_type",
        "created_at",
        "updated_at",
        "description",
        "auth_key",
        "headers",
        "requires_setup",
        "source_integration_template_id",
    )
)


@_attrs_define
class Integration:
    """An HTTP or MCP integration. Vendor schema `IntegrationResponse`.

    Attributes:
        id (UUID):
        name (str):
        base_url (str): Base URL of the integration's server (HTTP tools' `endpoint_path` is relative to it; MCP: the
            server URL).
        auth_type (IntegrationAuthType): How an integration authenticates to its server.
        integration_type (IntegrationType): `HTTP`: tools defined in Diga; `MCP`: tools served by an MCP server.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        auth_key (None | str | Unset): The integration's key; returned in responses (whether in clear or masked is
            unconfirmed). Treat as a secret.
        headers (HttpHeaders | None | Unset): Headers sent with every request to the server.
        requires_setup (bool | Unset): Whether the integration (e.g. copied from a template) still needs configuration.
            Default: False.
        source_integration_template_id (None | Unset | UUID): Integration template it was created from, if any.
    """

    id: UUID
    name: str
    base_url: str
    auth_type: IntegrationAuthType
    integration_type: IntegrationType
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    auth_key: None | str | Unset = UNSET
    headers: HttpHeaders | None | Unset = UNSET
    requires_setup: bool | Unset = False
    source_integration_template_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_headers import HttpHeaders

        id = str(self.id)

        name = self.name

        base_url = self.base_url

        auth_type = self.auth_type.value

        integration_type = self.integration_type.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        requires_setup = self.requires_setup

        source_integration_template_id: None | str | Unset
        if isinstance(self.source_integration_template_id, Unset):
            source_integration_template_id = UNSET
        elif isinstance(self.source_integration_template_id, UUID):
            source_integration_template_id = str(self.source_integration_template_id)
        else:
            source_integration_template_id = self.source_integration_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "base_url": base_url,
                "auth_type": auth_type,
                "integration_type": integration_type,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if auth_key is not UNSET:
            field_dict["auth_key"] = auth_key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if requires_setup is not UNSET:
            field_dict["requires_setup"] = requires_setup
        if source_integration_template_id is not UNSET:
            field_dict["source_integration_template_id"] = source_integration_template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            base_url = src_dict["base_url"]

            _field = "auth_type"
            auth_type = src_dict["auth_type"]
            auth_type = _integration_auth_type_member(auth_type) or IntegrationAuthType(auth_type)

            _field = "integration_type"
            integration_type = src_dict["integration_type"]
            integration_type = _integration_type_member(integration_type) or IntegrationType(integration_type)

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _field = "updated_at"
            try:
                updated_at = _fromisoformat(src_dict["updated_at"])
            except ValueError:
                updated_at = _datetime_fallback(src_dict["updated_at"])

            _whole = len(src_dict) == 12
            if _whole:
                try:
                    description = src_dict["description"]
                    auth_key = src_dict["auth_key"]
                    headers = src_dict["headers"]
                    requires_setup = src_dict["requires_setup"]
                    source_integration_template_id = src_dict["source_integration_template_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                auth_key = src_dict.get("auth_key", UNSET)
                headers = src_dict.get("headers", UNSET)
                requires_setup = src_dict.get("requires_setup", UNSET)
                source_integration_template_id = src_dict.get("source_integration_template_id", UNSET)

            if headers is not UNSET and headers is not None:
                _field = "headers"
                headers = _models.HttpHeaders.from_dict(headers)

            if source_integration_template_id is not UNSET and source_integration_template_id is not None:
                _field = "source_integration_template_id"
                source_integration_template_id = _uuid_from_wire(source_integration_template_id)

            if _whole or len(src_dict) == 7 + (description is not UNSET) + (auth_key is not UNSET) + (
                headers is not UNSET
            ) + (requires_setup is not UNSET) + (source_integration_template_id is not UNSET):
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
        _model.name = name
        _model.base_url = base_url
        _model.auth_type = auth_type
        _model.integration_type = integration_type
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.description = description
        _model.auth_key = auth_key
        _model.headers = headers
        _model.requires_setup = requires_setup
        _model.source_integration_template_id = source_integration_template_id
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_auth_type import IntegrationAuthType
from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders


T = TypeVar("T", bound="Integration")


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
        from ..models.http_headers import HttpHeaders

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        base_url = d.pop("base_url")

        auth_type = IntegrationAuthType(d.pop("auth_type"))

        integration_type = IntegrationType(d.pop("integration_type"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_auth_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_key = _parse_auth_key(d.pop("auth_key", UNSET))

        def _parse_headers(data: object) -> HttpHeaders | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = HttpHeaders.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid HttpHeaders | None")

        headers = _parse_headers(d.pop("headers", UNSET))

        requires_setup = d.pop("requires_setup", UNSET)

        def _parse_source_integration_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_integration_template_id_type_0 = UUID(data)

                return source_integration_template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        source_integration_template_id = _parse_source_integration_template_id(
            d.pop("source_integration_template_id", UNSET)
        )

        _model = cls.__new__(cls)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders


T = TypeVar("T", bound="CreateIntegrationRequest")


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
        from ..models.http_headers import HttpHeaders

        d = dict(src_dict)
        name = d.pop("name")

        base_url = d.pop("base_url")

        integration_type = IntegrationType(d.pop("integration_type"))

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

        _model = cls.__new__(cls)
        _model.name = name
        _model.base_url = base_url
        _model.integration_type = integration_type
        _model.description = description
        _model.auth_key = auth_key
        _model.headers = headers

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

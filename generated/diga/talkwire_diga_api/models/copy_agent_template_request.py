from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.template_resource_connections import TemplateResourceConnections
    from ..models.template_resource_variables import TemplateResourceVariables


T = TypeVar("T", bound="CopyAgentTemplateRequest")


@_attrs_define
class CopyAgentTemplateRequest:
    """Values for creating an agent from a template.

    Attributes:
        agent_name (None | str | Unset):
        variables (JsonObject | None | Unset): Values for `<<variable>>` placeholders.
        resource_variables (None | TemplateResourceVariables | Unset):
        resource_connections (None | TemplateResourceConnections | Unset):
    """

    agent_name: None | str | Unset = UNSET
    variables: JsonObject | None | Unset = UNSET
    resource_variables: None | TemplateResourceVariables | Unset = UNSET
    resource_connections: None | TemplateResourceConnections | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.template_resource_connections import TemplateResourceConnections
        from ..models.template_resource_variables import TemplateResourceVariables

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, JsonObject):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        resource_variables: dict[str, Any] | None | Unset
        if isinstance(self.resource_variables, Unset):
            resource_variables = UNSET
        elif isinstance(self.resource_variables, TemplateResourceVariables):
            resource_variables = self.resource_variables.to_dict()
        else:
            resource_variables = self.resource_variables

        resource_connections: dict[str, Any] | None | Unset
        if isinstance(self.resource_connections, Unset):
            resource_connections = UNSET
        elif isinstance(self.resource_connections, TemplateResourceConnections):
            resource_connections = self.resource_connections.to_dict()
        else:
            resource_connections = self.resource_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if variables is not UNSET:
            field_dict["variables"] = variables
        if resource_variables is not UNSET:
            field_dict["resource_variables"] = resource_variables
        if resource_connections is not UNSET:
            field_dict["resource_connections"] = resource_connections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject
        from ..models.template_resource_connections import TemplateResourceConnections
        from ..models.template_resource_variables import TemplateResourceVariables

        d = dict(src_dict)

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        def _parse_variables(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = JsonObject.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_resource_variables(data: object) -> None | TemplateResourceVariables | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_variables_type_0 = TemplateResourceVariables.from_dict(data)

                return resource_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | TemplateResourceVariables")

        resource_variables = _parse_resource_variables(d.pop("resource_variables", UNSET))

        def _parse_resource_connections(data: object) -> None | TemplateResourceConnections | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_connections_type_0 = TemplateResourceConnections.from_dict(data)

                return resource_connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | TemplateResourceConnections")

        resource_connections = _parse_resource_connections(d.pop("resource_connections", UNSET))

        _model = cls.__new__(cls)
        _model.agent_name = agent_name
        _model.variables = variables
        _model.resource_variables = resource_variables
        _model.resource_connections = resource_connections

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

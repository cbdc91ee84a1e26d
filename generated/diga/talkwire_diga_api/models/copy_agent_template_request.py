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
    from ..models.json_object import JsonObject
    from ..models.template_resource_connections import TemplateResourceConnections
    from ..models.template_resource_variables import TemplateResourceVariables


T = TypeVar("T", bound="CopyAgentTemplateRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("agent_name", "variables", "resource_variables", "resource_connections"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    agent_name = src_dict["agent_name"]
                    variables = src_dict["variables"]
                    resource_variables = src_dict["resource_variables"]
                    resource_connections = src_dict["resource_connections"]
                except KeyError:
                    _whole = False
            if not _whole:
                agent_name = src_dict.get("agent_name", UNSET)
                variables = src_dict.get("variables", UNSET)
                resource_variables = src_dict.get("resource_variables", UNSET)
                resource_connections = src_dict.get("resource_connections", UNSET)

            if variables is not UNSET and variables is not None:
                _field = "variables"
                variables = _models.JsonObject.from_dict(variables)

            if resource_variables is not UNSET and resource_variables is not None:
                _field = "resource_variables"
                resource_variables = _models.TemplateResourceVariables.from_dict(resource_variables)

            if resource_connections is not UNSET and resource_connections is not None:
                _field = "resource_connections"
                resource_connections = _models.TemplateResourceConnections.from_dict(resource_connections)

            if _whole or len(src_dict) == (agent_name is not UNSET) + (variables is not UNSET) + (
                resource_variables is not UNSET
            ) + (resource_connections is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.agent_name = agent_name
        _model.variables = variables
        _model.resource_variables = resource_variables
        _model.resource_connections = resource_connections
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

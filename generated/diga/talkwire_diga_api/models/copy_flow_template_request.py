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
    from ..models.connection_credential import ConnectionCredential
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CopyFlowTemplateRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("flow_name", "variables", "connections"))


@_attrs_define
class CopyFlowTemplateRequest:
    """Values for creating a flow from a template (all optional). Vendor schema `CopyTemplateRequest`.

    Attributes:
        flow_name (None | str | Unset):
        variables (JsonObject | None | Unset):
        connections (list[ConnectionCredential] | None | Unset):
    """

    flow_name: None | str | Unset = UNSET
    variables: JsonObject | None | Unset = UNSET
    connections: list[ConnectionCredential] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        flow_name: None | str | Unset
        if isinstance(self.flow_name, Unset):
            flow_name = UNSET
        else:
            flow_name = self.flow_name

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, JsonObject):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        connections: list[dict[str, Any]] | None | Unset
        if isinstance(self.connections, Unset):
            connections = UNSET
        elif isinstance(self.connections, list):
            connections = []
            for connections_type_0_item_data in self.connections:
                connections_type_0_item = connections_type_0_item_data.to_dict()
                connections.append(connections_type_0_item)

        else:
            connections = self.connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_name is not UNSET:
            field_dict["flow_name"] = flow_name
        if variables is not UNSET:
            field_dict["variables"] = variables
        if connections is not UNSET:
            field_dict["connections"] = connections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    flow_name = src_dict["flow_name"]
                    variables = src_dict["variables"]
                    connections = src_dict["connections"]
                except KeyError:
                    _whole = False
            if not _whole:
                flow_name = src_dict.get("flow_name", UNSET)
                variables = src_dict.get("variables", UNSET)
                connections = src_dict.get("connections", UNSET)

            if variables is not UNSET and variables is not None:
                _field = "variables"
                variables = _models.JsonObject.from_dict(variables)

            if connections is not UNSET and connections is not None:
                _field = "connections"
                if not isinstance(connections, list):
                    _not_valid(connections, "list[ConnectionCredential] | None")
                _items = []
                _read_item = _models.ConnectionCredential.from_dict
                for _item in connections:
                    _items.append(_read_item(_item))
                connections = _items
                _items = None

            if _whole or len(src_dict) == (flow_name is not UNSET) + (variables is not UNSET) + (
                connections is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.flow_name = flow_name
        _model.variables = variables
        _model.connections = connections
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

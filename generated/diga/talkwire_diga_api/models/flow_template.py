from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..models.flow_category import FlowCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_template_connection import FlowTemplateConnection
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowTemplate")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_category_member = FlowCategory._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "name",
        "language",
        "template",
        "description",
        "flow_category",
        "setup_guide_url",
        "connections",
        "variables",
    )
)


@_attrs_define
class FlowTemplate:
    """A global flow template. Vendor schema `FlowTemplateResponse`.

    Attributes:
        id (UUID):
        name (str):
        language (str):
        template (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
        description (None | str | Unset):
        flow_category (FlowCategory | None | Unset):
        setup_guide_url (None | str | Unset):
        connections (list[FlowTemplateConnection] | None | Unset):
        variables (list[str] | Unset):
    """

    id: UUID
    name: str
    language: str
    template: JsonObject
    description: None | str | Unset = UNSET
    flow_category: FlowCategory | None | Unset = UNSET
    setup_guide_url: None | str | Unset = UNSET
    connections: list[FlowTemplateConnection] | None | Unset = UNSET
    variables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        language = self.language

        template = self.template.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        flow_category: None | str | Unset
        if isinstance(self.flow_category, Unset):
            flow_category = UNSET
        elif isinstance(self.flow_category, FlowCategory):
            flow_category = self.flow_category.value
        else:
            flow_category = self.flow_category

        setup_guide_url: None | str | Unset
        if isinstance(self.setup_guide_url, Unset):
            setup_guide_url = UNSET
        else:
            setup_guide_url = self.setup_guide_url

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

        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "language": language,
                "template": template,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if flow_category is not UNSET:
            field_dict["flow_category"] = flow_category
        if setup_guide_url is not UNSET:
            field_dict["setup_guide_url"] = setup_guide_url
        if connections is not UNSET:
            field_dict["connections"] = connections
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            language = src_dict["language"]

            _field = "template"
            template = _models.JsonObject.from_dict(src_dict["template"])

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    description = src_dict["description"]
                    flow_category = src_dict["flow_category"]
                    setup_guide_url = src_dict["setup_guide_url"]
                    connections = src_dict["connections"]
                    variables = src_dict["variables"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                flow_category = src_dict.get("flow_category", UNSET)
                setup_guide_url = src_dict.get("setup_guide_url", UNSET)
                connections = src_dict.get("connections", UNSET)
                variables = src_dict.get("variables", UNSET)

            if flow_category is not UNSET and flow_category is not None:
                _field = "flow_category"
                flow_category = _flow_category_member(flow_category) or FlowCategory(flow_category)

            if connections is not UNSET and connections is not None:
                _field = "connections"
                if not isinstance(connections, list):
                    _not_valid(connections, "list[FlowTemplateConnection] | None")
                _items = []
                _read_item = _models.FlowTemplateConnection.from_dict
                for _item in connections:
                    _items.append(_read_item(_item))
                connections = _items
                _items = None

            if _whole or len(src_dict) == 4 + (description is not UNSET) + (flow_category is not UNSET) + (
                setup_guide_url is not UNSET
            ) + (connections is not UNSET) + (variables is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.language = language
        _model.template = template
        _model.description = description
        _model.flow_category = flow_category
        _model.setup_guide_url = setup_guide_url
        _model.connections = connections
        _model.variables = variables
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

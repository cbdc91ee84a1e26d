from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_category import FlowCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_template_connection import FlowTemplateConnection
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowTemplate")


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
        from ..models.flow_template_connection import FlowTemplateConnection
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        language = d.pop("language")

        template = JsonObject.from_dict(d.pop("template"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_flow_category(data: object) -> FlowCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_category_type_0 = FlowCategory(data)

                return flow_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowCategory | None")

        flow_category = _parse_flow_category(d.pop("flow_category", UNSET))

        def _parse_setup_guide_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setup_guide_url = _parse_setup_guide_url(d.pop("setup_guide_url", UNSET))

        def _parse_connections(data: object) -> list[FlowTemplateConnection] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connections_type_0 = []
                _connections_type_0 = data
                for connections_type_0_item_data in _connections_type_0:
                    connections_type_0_item = FlowTemplateConnection.from_dict(connections_type_0_item_data)

                    connections_type_0.append(connections_type_0_item)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[FlowTemplateConnection] | None")

        connections = _parse_connections(d.pop("connections", UNSET))

        variables = cast(list[str], d.pop("variables", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.language = language
        _model.template = template
        _model.description = description
        _model.flow_category = flow_category
        _model.setup_guide_url = setup_guide_url
        _model.connections = connections
        _model.variables = variables

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

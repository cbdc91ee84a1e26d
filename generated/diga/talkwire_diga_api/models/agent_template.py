from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AgentTemplate")


@_attrs_define
class AgentTemplate:
    """A global agent template. Vendor schema `AgentTemplateResponse`.

    Attributes:
        id (UUID):
        name (str):
        language (str):
        template (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
        description (None | str | Unset):
        setup_guide_url (None | str | Unset):
        variables (list[str] | Unset):
        resource_placeholders (list[JsonObject] | None | Unset):
    """

    id: UUID
    name: str
    language: str
    template: JsonObject
    description: None | str | Unset = UNSET
    setup_guide_url: None | str | Unset = UNSET
    variables: list[str] | Unset = UNSET
    resource_placeholders: list[JsonObject] | None | Unset = UNSET
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

        setup_guide_url: None | str | Unset
        if isinstance(self.setup_guide_url, Unset):
            setup_guide_url = UNSET
        else:
            setup_guide_url = self.setup_guide_url

        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        resource_placeholders: list[dict[str, Any]] | None | Unset
        if isinstance(self.resource_placeholders, Unset):
            resource_placeholders = UNSET
        elif isinstance(self.resource_placeholders, list):
            resource_placeholders = []
            for resource_placeholders_type_0_item_data in self.resource_placeholders:
                resource_placeholders_type_0_item = resource_placeholders_type_0_item_data.to_dict()
                resource_placeholders.append(resource_placeholders_type_0_item)

        else:
            resource_placeholders = self.resource_placeholders

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
        if setup_guide_url is not UNSET:
            field_dict["setup_guide_url"] = setup_guide_url
        if variables is not UNSET:
            field_dict["variables"] = variables
        if resource_placeholders is not UNSET:
            field_dict["resource_placeholders"] = resource_placeholders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_setup_guide_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setup_guide_url = _parse_setup_guide_url(d.pop("setup_guide_url", UNSET))

        variables = cast(list[str], d.pop("variables", UNSET))

        def _parse_resource_placeholders(data: object) -> list[JsonObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_placeholders_type_0 = []
                _resource_placeholders_type_0 = data
                for resource_placeholders_type_0_item_data in _resource_placeholders_type_0:
                    resource_placeholders_type_0_item = JsonObject.from_dict(resource_placeholders_type_0_item_data)

                    resource_placeholders_type_0.append(resource_placeholders_type_0_item)

                return resource_placeholders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[JsonObject] | None")

        resource_placeholders = _parse_resource_placeholders(d.pop("resource_placeholders", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.language = language
        _model.template = template
        _model.description = description
        _model.setup_guide_url = setup_guide_url
        _model.variables = variables
        _model.resource_placeholders = resource_placeholders

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="IntegrationTemplate")


@_attrs_define
class IntegrationTemplate:
    """A global integration template. Vendor schema `IntegrationTemplateResponse`.

    Attributes:
        id (UUID):
        name (str):
        language (str):
        template (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
        description (None | str | Unset):
        setup_guide_url (None | str | Unset):
    """

    id: UUID
    name: str
    language: str
    template: JsonObject
    description: None | str | Unset = UNSET
    setup_guide_url: None | str | Unset = UNSET
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

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.language = language
        _model.template = template
        _model.description = description
        _model.setup_guide_url = setup_guide_url

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

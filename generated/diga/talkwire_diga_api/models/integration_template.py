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
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="IntegrationTemplate")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "language", "template", "description", "setup_guide_url"))


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
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            language = src_dict["language"]

            _field = "template"
            template = _models.JsonObject.from_dict(src_dict["template"])

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    description = src_dict["description"]
                    setup_guide_url = src_dict["setup_guide_url"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                setup_guide_url = src_dict.get("setup_guide_url", UNSET)

            if _whole or len(src_dict) == 4 + (description is not UNSET) + (setup_guide_url is not UNSET):
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
        _model.language = language
        _model.template = template
        _model.description = description
        _model.setup_guide_url = setup_guide_url
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

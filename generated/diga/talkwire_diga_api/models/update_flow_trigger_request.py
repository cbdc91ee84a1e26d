from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_trigger_type import FlowTriggerType

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateFlowTriggerRequest")


@_attrs_define
class UpdateFlowTriggerRequest:
    """New trigger of a flow. Vendor schema `UpdateTriggerRequest`.

    Attributes:
        type_ (FlowTriggerType): Type of a flow trigger (vendor enum `TriggerType`).
        display_name (str):
        settings (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
    """

    type_: FlowTriggerType
    display_name: str
    settings: JsonObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        display_name = self.display_name

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "displayName": display_name,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        type_ = FlowTriggerType(d.pop("type"))

        display_name = d.pop("displayName")

        settings = JsonObject.from_dict(d.pop("settings"))

        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.display_name = display_name
        _model.settings = settings

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

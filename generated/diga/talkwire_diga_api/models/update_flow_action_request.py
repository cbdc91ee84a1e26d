from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_action_type import FlowActionType

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateFlowActionRequest")


@_attrs_define
class UpdateFlowActionRequest:
    """New definition of an existing action (matched by `name`). Vendor schema `UpdateActionRequest`.

    Attributes:
        name (str):
        type_ (FlowActionType): Type of a flow action (vendor enum `ActionType`).
        display_name (str):
        settings (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
    """

    name: str
    type_: FlowActionType
    display_name: str
    settings: JsonObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        display_name = self.display_name

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        name = d.pop("name")

        type_ = FlowActionType(d.pop("type"))

        display_name = d.pop("displayName")

        settings = JsonObject.from_dict(d.pop("settings"))

        _model = cls.__new__(cls)
        _model.name = name
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

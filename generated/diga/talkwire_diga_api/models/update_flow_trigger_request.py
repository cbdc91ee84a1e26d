from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
)
from ..models.flow_trigger_type import FlowTriggerType

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateFlowTriggerRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_trigger_type_member = FlowTriggerType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("type", "displayName", "settings"))


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
        _field: str | None = None
        try:
            _field = "type"
            type_ = src_dict["type"]
            type_ = _flow_trigger_type_member(type_) or FlowTriggerType(type_)

            display_name = src_dict["displayName"]

            _field = "settings"
            settings = _models.JsonObject.from_dict(src_dict["settings"])

            if len(src_dict) == 3:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.display_name = display_name
        _model.settings = settings
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

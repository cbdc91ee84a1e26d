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


T = TypeVar("T", bound="FlowTriggerSettings")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("pieceName", "pieceVersion", "triggerName", "input", "propertySettings", "sampleData"))


@_attrs_define
class FlowTriggerSettings:
    """Settings of a flow trigger. Vendor schema `TriggerSettingsResponse`.

    Attributes:
        piece_name (None | str | Unset):
        piece_version (None | str | Unset):
        trigger_name (None | str | Unset):
        input_ (JsonObject | None | Unset):
        property_settings (JsonObject | None | Unset):
        sample_data (JsonObject | None | Unset):
    """

    piece_name: None | str | Unset = UNSET
    piece_version: None | str | Unset = UNSET
    trigger_name: None | str | Unset = UNSET
    input_: JsonObject | None | Unset = UNSET
    property_settings: JsonObject | None | Unset = UNSET
    sample_data: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        piece_name: None | str | Unset
        if isinstance(self.piece_name, Unset):
            piece_name = UNSET
        else:
            piece_name = self.piece_name

        piece_version: None | str | Unset
        if isinstance(self.piece_version, Unset):
            piece_version = UNSET
        else:
            piece_version = self.piece_version

        trigger_name: None | str | Unset
        if isinstance(self.trigger_name, Unset):
            trigger_name = UNSET
        else:
            trigger_name = self.trigger_name

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, JsonObject):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        property_settings: dict[str, Any] | None | Unset
        if isinstance(self.property_settings, Unset):
            property_settings = UNSET
        elif isinstance(self.property_settings, JsonObject):
            property_settings = self.property_settings.to_dict()
        else:
            property_settings = self.property_settings

        sample_data: dict[str, Any] | None | Unset
        if isinstance(self.sample_data, Unset):
            sample_data = UNSET
        elif isinstance(self.sample_data, JsonObject):
            sample_data = self.sample_data.to_dict()
        else:
            sample_data = self.sample_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if piece_name is not UNSET:
            field_dict["pieceName"] = piece_name
        if piece_version is not UNSET:
            field_dict["pieceVersion"] = piece_version
        if trigger_name is not UNSET:
            field_dict["triggerName"] = trigger_name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if property_settings is not UNSET:
            field_dict["propertySettings"] = property_settings
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 6
            if _whole:
                try:
                    piece_name = src_dict["pieceName"]
                    piece_version = src_dict["pieceVersion"]
                    trigger_name = src_dict["triggerName"]
                    input_ = src_dict["input"]
                    property_settings = src_dict["propertySettings"]
                    sample_data = src_dict["sampleData"]
                except KeyError:
                    _whole = False
            if not _whole:
                piece_name = src_dict.get("pieceName", UNSET)
                piece_version = src_dict.get("pieceVersion", UNSET)
                trigger_name = src_dict.get("triggerName", UNSET)
                input_ = src_dict.get("input", UNSET)
                property_settings = src_dict.get("propertySettings", UNSET)
                sample_data = src_dict.get("sampleData", UNSET)

            if input_ is not UNSET and input_ is not None:
                _field = "input"
                input_ = _models.JsonObject.from_dict(input_)

            if property_settings is not UNSET and property_settings is not None:
                _field = "propertySettings"
                property_settings = _models.JsonObject.from_dict(property_settings)

            if sample_data is not UNSET and sample_data is not None:
                _field = "sampleData"
                sample_data = _models.JsonObject.from_dict(sample_data)

            if _whole or len(src_dict) == (piece_name is not UNSET) + (piece_version is not UNSET) + (
                trigger_name is not UNSET
            ) + (input_ is not UNSET) + (property_settings is not UNSET) + (sample_data is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.piece_name = piece_name
        _model.piece_version = piece_version
        _model.trigger_name = trigger_name
        _model.input_ = input_
        _model.property_settings = property_settings
        _model.sample_data = sample_data
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

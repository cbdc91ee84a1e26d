from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowStepSettings")


@_attrs_define
class FlowStepSettings:
    """Settings of a flow step. Vendor schema `StepSettingsResponse`.

    Attributes:
        piece_name (None | str | Unset):
        piece_version (None | str | Unset):
        action_name (None | str | Unset):
        trigger_name (None | str | Unset):
        input_ (JsonObject | None | Unset):
        property_settings (JsonObject | None | Unset):
        sample_data (JsonObject | None | Unset):
        branches (list[JsonObject] | None | Unset):
        execution_type (None | str | Unset):
    """

    piece_name: None | str | Unset = UNSET
    piece_version: None | str | Unset = UNSET
    action_name: None | str | Unset = UNSET
    trigger_name: None | str | Unset = UNSET
    input_: JsonObject | None | Unset = UNSET
    property_settings: JsonObject | None | Unset = UNSET
    sample_data: JsonObject | None | Unset = UNSET
    branches: list[JsonObject] | None | Unset = UNSET
    execution_type: None | str | Unset = UNSET
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

        action_name: None | str | Unset
        if isinstance(self.action_name, Unset):
            action_name = UNSET
        else:
            action_name = self.action_name

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

        branches: list[dict[str, Any]] | None | Unset
        if isinstance(self.branches, Unset):
            branches = UNSET
        elif isinstance(self.branches, list):
            branches = []
            for branches_type_0_item_data in self.branches:
                branches_type_0_item = branches_type_0_item_data.to_dict()
                branches.append(branches_type_0_item)

        else:
            branches = self.branches

        execution_type: None | str | Unset
        if isinstance(self.execution_type, Unset):
            execution_type = UNSET
        else:
            execution_type = self.execution_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if piece_name is not UNSET:
            field_dict["pieceName"] = piece_name
        if piece_version is not UNSET:
            field_dict["pieceVersion"] = piece_version
        if action_name is not UNSET:
            field_dict["actionName"] = action_name
        if trigger_name is not UNSET:
            field_dict["triggerName"] = trigger_name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if property_settings is not UNSET:
            field_dict["propertySettings"] = property_settings
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data
        if branches is not UNSET:
            field_dict["branches"] = branches
        if execution_type is not UNSET:
            field_dict["executionType"] = execution_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)

        def _parse_piece_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piece_name = _parse_piece_name(d.pop("pieceName", UNSET))

        def _parse_piece_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piece_version = _parse_piece_version(d.pop("pieceVersion", UNSET))

        def _parse_action_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_name = _parse_action_name(d.pop("actionName", UNSET))

        def _parse_trigger_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_name = _parse_trigger_name(d.pop("triggerName", UNSET))

        def _parse_input_(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = JsonObject.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_property_settings(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                property_settings_type_0 = JsonObject.from_dict(data)

                return property_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        property_settings = _parse_property_settings(d.pop("propertySettings", UNSET))

        def _parse_sample_data(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sample_data_type_0 = JsonObject.from_dict(data)

                return sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        sample_data = _parse_sample_data(d.pop("sampleData", UNSET))

        def _parse_branches(data: object) -> list[JsonObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                branches_type_0 = []
                _branches_type_0 = data
                for branches_type_0_item_data in _branches_type_0:
                    branches_type_0_item = JsonObject.from_dict(branches_type_0_item_data)

                    branches_type_0.append(branches_type_0_item)

                return branches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[JsonObject] | None")

        branches = _parse_branches(d.pop("branches", UNSET))

        def _parse_execution_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_type = _parse_execution_type(d.pop("executionType", UNSET))

        _model = cls.__new__(cls)
        _model.piece_name = piece_name
        _model.piece_version = piece_version
        _model.action_name = action_name
        _model.trigger_name = trigger_name
        _model.input_ = input_
        _model.property_settings = property_settings
        _model.sample_data = sample_data
        _model.branches = branches
        _model.execution_type = execution_type

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

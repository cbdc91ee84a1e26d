from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_step_settings import FlowStepSettings


T = TypeVar("T", bound="FlowStep")


@_attrs_define
class FlowStep:
    """A step of a flow; `nextAction` chains steps and `children` nest them. Vendor schema `StepResponse`.

    Attributes:
        name (None | str | Unset):
        type_ (None | str | Unset):
        valid (bool | None | Unset):
        display_name (None | str | Unset):
        skip (bool | None | Unset):
        settings (FlowStepSettings | None | Unset):
        children (list[FlowStep] | None | Unset):
        next_action (FlowStep | None | Unset):
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    valid: bool | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    skip: bool | None | Unset = UNSET
    settings: FlowStepSettings | None | Unset = UNSET
    children: list[FlowStep] | None | Unset = UNSET
    next_action: FlowStep | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_step_settings import FlowStepSettings

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        valid: bool | None | Unset
        if isinstance(self.valid, Unset):
            valid = UNSET
        else:
            valid = self.valid

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        skip: bool | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, FlowStepSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        next_action: dict[str, Any] | None | Unset
        if isinstance(self.next_action, Unset):
            next_action = UNSET
        elif isinstance(self.next_action, FlowStep):
            next_action = self.next_action.to_dict()
        else:
            next_action = self.next_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if valid is not UNSET:
            field_dict["valid"] = valid
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if skip is not UNSET:
            field_dict["skip"] = skip
        if settings is not UNSET:
            field_dict["settings"] = settings
        if children is not UNSET:
            field_dict["children"] = children
        if next_action is not UNSET:
            field_dict["nextAction"] = next_action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_step_settings import FlowStepSettings

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        valid = _parse_valid(d.pop("valid", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_skip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_settings(data: object) -> FlowStepSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = FlowStepSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowStepSettings | None")

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_children(data: object) -> list[FlowStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = FlowStep.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[FlowStep] | None")

        children = _parse_children(d.pop("children", UNSET))

        def _parse_next_action(data: object) -> FlowStep | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_action_type_0 = FlowStep.from_dict(data)

                return next_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowStep | None")

        next_action = _parse_next_action(d.pop("nextAction", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.type_ = type_
        _model.valid = valid
        _model.display_name = display_name
        _model.skip = skip
        _model.settings = settings
        _model.children = children
        _model.next_action = next_action

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

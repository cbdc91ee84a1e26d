from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_step_settings import FlowStepSettings


T = TypeVar("T", bound="FlowStep")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "type", "valid", "displayName", "skip", "settings", "children", "nextAction"))


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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 8
            if _whole:
                try:
                    name = src_dict["name"]
                    type_ = src_dict["type"]
                    valid = src_dict["valid"]
                    display_name = src_dict["displayName"]
                    skip = src_dict["skip"]
                    settings = src_dict["settings"]
                    children = src_dict["children"]
                    next_action = src_dict["nextAction"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                type_ = src_dict.get("type", UNSET)
                valid = src_dict.get("valid", UNSET)
                display_name = src_dict.get("displayName", UNSET)
                skip = src_dict.get("skip", UNSET)
                settings = src_dict.get("settings", UNSET)
                children = src_dict.get("children", UNSET)
                next_action = src_dict.get("nextAction", UNSET)

            if settings is not UNSET and settings is not None:
                _field = "settings"
                settings = _models.FlowStepSettings.from_dict(settings)

            if children is not UNSET and children is not None:
                _field = "children"
                if not isinstance(children, list):
                    _not_valid(children, "list[FlowStep] | None")
                _items = []
                _read_item = _models.FlowStep.from_dict
                for _item in children:
                    _items.append(_read_item(_item))
                children = _items
                _items = None

            if next_action is not UNSET and next_action is not None:
                _field = "nextAction"
                next_action = _models.FlowStep.from_dict(next_action)

            if _whole or len(src_dict) == (name is not UNSET) + (type_ is not UNSET) + (valid is not UNSET) + (
                display_name is not UNSET
            ) + (skip is not UNSET) + (settings is not UNSET) + (children is not UNSET) + (next_action is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.type_ = type_
        _model.valid = valid
        _model.display_name = display_name
        _model.skip = skip
        _model.settings = settings
        _model.children = children
        _model.next_action = next_action
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

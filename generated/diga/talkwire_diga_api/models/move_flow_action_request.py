from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.step_location import StepLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveFlowActionRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_step_location_member = StepLocation._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "newParentStep", "stepLocationRelativeToParent", "branchIndex"))


@_attrs_define
class MoveFlowActionRequest:
    """Where to move an action. Vendor schema `MoveActionRequest`.

    Attributes:
        name (str):
        new_parent_step (str): Step the action moves after or inside.
        step_location_relative_to_parent (None | StepLocation | Unset):
        branch_index (int | None | Unset):
    """

    name: str
    new_parent_step: str
    step_location_relative_to_parent: None | StepLocation | Unset = UNSET
    branch_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        new_parent_step = self.new_parent_step

        step_location_relative_to_parent: None | str | Unset
        if isinstance(self.step_location_relative_to_parent, Unset):
            step_location_relative_to_parent = UNSET
        elif isinstance(self.step_location_relative_to_parent, StepLocation):
            step_location_relative_to_parent = self.step_location_relative_to_parent.value
        else:
            step_location_relative_to_parent = self.step_location_relative_to_parent

        branch_index: int | None | Unset
        if isinstance(self.branch_index, Unset):
            branch_index = UNSET
        else:
            branch_index = self.branch_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "newParentStep": new_parent_step,
            }
        )
        if step_location_relative_to_parent is not UNSET:
            field_dict["stepLocationRelativeToParent"] = step_location_relative_to_parent
        if branch_index is not UNSET:
            field_dict["branchIndex"] = branch_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            new_parent_step = src_dict["newParentStep"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    step_location_relative_to_parent = src_dict["stepLocationRelativeToParent"]
                    branch_index = src_dict["branchIndex"]
                except KeyError:
                    _whole = False
            if not _whole:
                step_location_relative_to_parent = src_dict.get("stepLocationRelativeToParent", UNSET)
                branch_index = src_dict.get("branchIndex", UNSET)
            if step_location_relative_to_parent is not UNSET and step_location_relative_to_parent is not None:
                _field = "stepLocationRelativeToParent"
                step_location_relative_to_parent = _step_location_member(
                    step_location_relative_to_parent
                ) or StepLocation(step_location_relative_to_parent)

            if _whole or len(src_dict) == 2 + (step_location_relative_to_parent is not UNSET) + (
                branch_index is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.new_parent_step = new_parent_step
        _model.step_location_relative_to_parent = step_location_relative_to_parent
        _model.branch_index = branch_index
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

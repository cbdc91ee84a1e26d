from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_location import StepLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_action_definition import FlowActionDefinition


T = TypeVar("T", bound="AddFlowActionRequest")


@_attrs_define
class AddFlowActionRequest:
    """An action to add after, or inside, a parent step. Vendor schema `AddActionRequest`.

    Attributes:
        parent_step (str): Step the action goes after or inside.
        action (FlowActionDefinition): Definition of a flow action (step). Vendor schema `ActionDefinition`.
        step_location_relative_to_parent (None | StepLocation | Unset):
        branch_index (int | None | Unset):
    """

    parent_step: str
    action: FlowActionDefinition
    step_location_relative_to_parent: None | StepLocation | Unset = UNSET
    branch_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_step = self.parent_step

        action = self.action.to_dict()

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
                "parentStep": parent_step,
                "action": action,
            }
        )
        if step_location_relative_to_parent is not UNSET:
            field_dict["stepLocationRelativeToParent"] = step_location_relative_to_parent
        if branch_index is not UNSET:
            field_dict["branchIndex"] = branch_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_action_definition import FlowActionDefinition

        d = dict(src_dict)
        parent_step = d.pop("parentStep")

        action = FlowActionDefinition.from_dict(d.pop("action"))

        def _parse_step_location_relative_to_parent(data: object) -> None | StepLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                step_location_relative_to_parent_type_0 = StepLocation(data)

                return step_location_relative_to_parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | StepLocation")

        step_location_relative_to_parent = _parse_step_location_relative_to_parent(
            d.pop("stepLocationRelativeToParent", UNSET)
        )

        def _parse_branch_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_index = _parse_branch_index(d.pop("branchIndex", UNSET))

        _model = cls.__new__(cls)
        _model.parent_step = parent_step
        _model.action = action
        _model.step_location_relative_to_parent = step_location_relative_to_parent
        _model.branch_index = branch_index

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_branch_date_condition import FlowBranchDateCondition
    from ..models.flow_branch_number_condition import FlowBranchNumberCondition
    from ..models.flow_branch_single_value_condition import FlowBranchSingleValueCondition
    from ..models.flow_branch_text_condition import FlowBranchTextCondition


T = TypeVar("T", bound="AddFlowBranchRequest")


@_attrs_define
class AddFlowBranchRequest:
    """A branch to add to a router step. Vendor schema `AddBranchRequest`.

    Attributes:
        step_name (str): Name of the router step.
        branch_name (str):
        branch_index (int): 0-based index of the branch (base inferred).
        conditions (list[list[FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition |
            FlowBranchTextCondition]] | None | Unset): Outer list OR-ed, inner lists AND-ed.
    """

    step_name: str
    branch_name: str
    branch_index: int
    conditions: (
        list[
            list[
                FlowBranchDateCondition
                | FlowBranchNumberCondition
                | FlowBranchSingleValueCondition
                | FlowBranchTextCondition
            ]
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_branch_date_condition import FlowBranchDateCondition
        from ..models.flow_branch_number_condition import FlowBranchNumberCondition
        from ..models.flow_branch_text_condition import FlowBranchTextCondition

        step_name = self.step_name

        branch_name = self.branch_name

        branch_index = self.branch_index

        conditions: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = []
                for conditions_type_0_item_item_data in conditions_type_0_item_data:
                    conditions_type_0_item_item: dict[str, Any]
                    if (
                        isinstance(conditions_type_0_item_item_data, FlowBranchTextCondition)
                        or isinstance(conditions_type_0_item_item_data, FlowBranchNumberCondition)
                        or isinstance(conditions_type_0_item_item_data, FlowBranchDateCondition)
                    ):
                        conditions_type_0_item_item = conditions_type_0_item_item_data.to_dict()
                    else:
                        conditions_type_0_item_item = conditions_type_0_item_item_data.to_dict()

                    conditions_type_0_item.append(conditions_type_0_item_item)

                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stepName": step_name,
                "branchName": branch_name,
                "branchIndex": branch_index,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_branch_date_condition import FlowBranchDateCondition
        from ..models.flow_branch_number_condition import FlowBranchNumberCondition
        from ..models.flow_branch_single_value_condition import FlowBranchSingleValueCondition
        from ..models.flow_branch_text_condition import FlowBranchTextCondition

        d = dict(src_dict)
        step_name = d.pop("stepName")

        branch_name = d.pop("branchName")

        branch_index = d.pop("branchIndex")

        def _parse_conditions(
            data: object,
        ) -> (
            list[
                list[
                    FlowBranchDateCondition
                    | FlowBranchNumberCondition
                    | FlowBranchSingleValueCondition
                    | FlowBranchTextCondition
                ]
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conditions_type_0 = []
                _conditions_type_0 = data
                for conditions_type_0_item_data in _conditions_type_0:
                    conditions_type_0_item = []
                    _conditions_type_0_item = conditions_type_0_item_data
                    for conditions_type_0_item_item_data in _conditions_type_0_item:

                        def _parse_conditions_type_0_item_item(
                            data: object,
                        ) -> (
                            FlowBranchDateCondition
                            | FlowBranchNumberCondition
                            | FlowBranchSingleValueCondition
                            | FlowBranchTextCondition
                        ):
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_flow_branch_condition_type_0 = FlowBranchTextCondition.from_dict(data)

                                return componentsschemas_flow_branch_condition_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_flow_branch_condition_type_1 = FlowBranchNumberCondition.from_dict(
                                    data
                                )

                                return componentsschemas_flow_branch_condition_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                componentsschemas_flow_branch_condition_type_2 = FlowBranchDateCondition.from_dict(data)

                                return componentsschemas_flow_branch_condition_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_flow_branch_condition_type_3 = FlowBranchSingleValueCondition.from_dict(
                                data
                            )

                            return componentsschemas_flow_branch_condition_type_3

                        conditions_type_0_item_item = _parse_conditions_type_0_item_item(
                            conditions_type_0_item_item_data
                        )

                        conditions_type_0_item.append(conditions_type_0_item_item)

                    conditions_type_0.append(conditions_type_0_item)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(
                f"{data!r} is not a valid list[list[FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition | FlowBranchTextCondition]] | None"
            )

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        _model = cls.__new__(cls)
        _model.step_name = step_name
        _model.branch_name = branch_name
        _model.branch_index = branch_index
        _model.conditions = conditions

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

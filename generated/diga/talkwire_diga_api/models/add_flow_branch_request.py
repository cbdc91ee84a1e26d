from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _item_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_branch_date_condition import FlowBranchDateCondition
    from ..models.flow_branch_number_condition import FlowBranchNumberCondition
    from ..models.flow_branch_single_value_condition import FlowBranchSingleValueCondition
    from ..models.flow_branch_text_condition import FlowBranchTextCondition


T = TypeVar("T", bound="AddFlowBranchRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("stepName", "branchName", "branchIndex", "conditions"))


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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            step_name = src_dict["stepName"]

            branch_name = src_dict["branchName"]

            branch_index = src_dict["branchIndex"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    conditions = src_dict["conditions"]
                except KeyError:
                    _whole = False
            if not _whole:
                conditions = src_dict.get("conditions", UNSET)
            if conditions is not UNSET and conditions is not None:
                _field = "conditions"
                if not isinstance(conditions, list):
                    _not_valid(
                        conditions,
                        "list[list[FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition | FlowBranchTextCondition]] | None",
                    )
                _items = []
                _read_item = _parse_conditions_type_0_item
                for _item in conditions:
                    _items.append(_read_item(_item))
                conditions = _items
                _items = None

            if _whole or len(src_dict) == 3 + (conditions is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.step_name = step_name
        _model.branch_name = branch_name
        _model.branch_index = branch_index
        _model.conditions = conditions
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


def _parse_conditions_type_0_item(
    data: Any,
) -> list[
    FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition | FlowBranchTextCondition
]:
    items: list[Any] = []
    remaining = iter(data)
    try:
        for item in remaining:
            items.append(_parse_conditions_type_0_item_item(item))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        _item_failed(error, len(items))
        raise
    return items


def _parse_conditions_type_0_item_item(
    data: Any,
) -> FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition | FlowBranchTextCondition:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowBranchTextCondition.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowBranchNumberCondition.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowBranchDateCondition.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowBranchSingleValueCondition.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(
        data,
        "FlowBranchDateCondition | FlowBranchNumberCondition | FlowBranchSingleValueCondition | FlowBranchTextCondition",
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_date_condition_operator import FlowDateConditionOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowBranchDateCondition")


@_attrs_define
class FlowBranchDateCondition:
    """Date comparison of a router branch. Vendor schema `BranchDateCondition`.

    Attributes:
        first_value (str):
        second_value (str):
        operator (FlowDateConditionOperator | None | Unset):
    """

    first_value: str
    second_value: str
    operator: FlowDateConditionOperator | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_value = self.first_value

        second_value = self.second_value

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, FlowDateConditionOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstValue": first_value,
                "secondValue": second_value,
            }
        )
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_value = d.pop("firstValue")

        second_value = d.pop("secondValue")

        def _parse_operator(data: object) -> FlowDateConditionOperator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = FlowDateConditionOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowDateConditionOperator | None")

        operator = _parse_operator(d.pop("operator", UNSET))

        _model = cls.__new__(cls)
        _model.first_value = first_value
        _model.second_value = second_value
        _model.operator = operator

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

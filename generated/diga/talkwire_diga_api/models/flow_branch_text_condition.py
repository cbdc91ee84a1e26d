from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_text_condition_operator import FlowTextConditionOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowBranchTextCondition")


@_attrs_define
class FlowBranchTextCondition:
    """Text comparison of a router branch. Vendor schema `BranchTextCondition`.

    Attributes:
        first_value (str):
        second_value (str):
        operator (FlowTextConditionOperator | None | Unset):
        case_sensitive (bool | None | Unset):
    """

    first_value: str
    second_value: str
    operator: FlowTextConditionOperator | None | Unset = UNSET
    case_sensitive: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_value = self.first_value

        second_value = self.second_value

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, FlowTextConditionOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        case_sensitive: bool | None | Unset
        if isinstance(self.case_sensitive, Unset):
            case_sensitive = UNSET
        else:
            case_sensitive = self.case_sensitive

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
        if case_sensitive is not UNSET:
            field_dict["caseSensitive"] = case_sensitive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_value = d.pop("firstValue")

        second_value = d.pop("secondValue")

        def _parse_operator(data: object) -> FlowTextConditionOperator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = FlowTextConditionOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowTextConditionOperator | None")

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_case_sensitive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        case_sensitive = _parse_case_sensitive(d.pop("caseSensitive", UNSET))

        _model = cls.__new__(cls)
        _model.first_value = first_value
        _model.second_value = second_value
        _model.operator = operator
        _model.case_sensitive = case_sensitive

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.flow_text_condition_operator import FlowTextConditionOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowBranchTextCondition")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_text_condition_operator_member = FlowTextConditionOperator._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("firstValue", "secondValue", "operator", "caseSensitive"))


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
        _field: str | None = None
        try:
            first_value = src_dict["firstValue"]

            second_value = src_dict["secondValue"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    operator = src_dict["operator"]
                    case_sensitive = src_dict["caseSensitive"]
                except KeyError:
                    _whole = False
            if not _whole:
                operator = src_dict.get("operator", UNSET)
                case_sensitive = src_dict.get("caseSensitive", UNSET)
            if operator is not UNSET and operator is not None:
                _field = "operator"
                operator = _flow_text_condition_operator_member(operator) or FlowTextConditionOperator(operator)

            if _whole or len(src_dict) == 2 + (operator is not UNSET) + (case_sensitive is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.first_value = first_value
        _model.second_value = second_value
        _model.operator = operator
        _model.case_sensitive = case_sensitive
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

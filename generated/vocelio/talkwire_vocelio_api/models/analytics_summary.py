from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsSummary")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("total_calls", "success_rate", "conversion_rate", "total_cost", "revenue"))


@_attrs_define
class AnalyticsSummary:
    """Totals over the requested range (documented for campaign analytics).

    Attributes:
        total_calls (int | Unset):
        success_rate (float | Unset): Percent.
        conversion_rate (float | Unset): Percent.
        total_cost (float | Unset): Currency not documented.
        revenue (float | Unset): Currency not documented.
    """

    total_calls: int | Unset = UNSET
    success_rate: float | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    revenue: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_calls = self.total_calls

        success_rate = self.success_rate

        conversion_rate = self.conversion_rate

        total_cost = self.total_cost

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_calls is not UNSET:
            field_dict["total_calls"] = total_calls
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    total_calls = src_dict["total_calls"]
                    success_rate = src_dict["success_rate"]
                    conversion_rate = src_dict["conversion_rate"]
                    total_cost = src_dict["total_cost"]
                    revenue = src_dict["revenue"]
                except KeyError:
                    _whole = False
            if not _whole:
                total_calls = src_dict.get("total_calls", UNSET)
                success_rate = src_dict.get("success_rate", UNSET)
                conversion_rate = src_dict.get("conversion_rate", UNSET)
                total_cost = src_dict.get("total_cost", UNSET)
                revenue = src_dict.get("revenue", UNSET)

            if _whole or len(src_dict) == (total_calls is not UNSET) + (success_rate is not UNSET) + (
                conversion_rate is not UNSET
            ) + (total_cost is not UNSET) + (revenue is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.total_calls = total_calls
        _model.success_rate = success_rate
        _model.conversion_rate = conversion_rate
        _model.total_cost = total_cost
        _model.revenue = revenue
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

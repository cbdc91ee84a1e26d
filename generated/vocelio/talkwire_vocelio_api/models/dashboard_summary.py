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

T = TypeVar("T", bound="DashboardSummary")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("total_calls", "success_rate", "total_revenue", "active_campaigns"))


@_attrs_define
class DashboardSummary:
    """
    Attributes:
        total_calls (int | Unset):
        success_rate (float | Unset): Percent.
        total_revenue (float | Unset): Currency not documented.
        active_campaigns (int | Unset):
    """

    total_calls: int | Unset = UNSET
    success_rate: float | Unset = UNSET
    total_revenue: float | Unset = UNSET
    active_campaigns: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_calls = self.total_calls

        success_rate = self.success_rate

        total_revenue = self.total_revenue

        active_campaigns = self.active_campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_calls is not UNSET:
            field_dict["total_calls"] = total_calls
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if active_campaigns is not UNSET:
            field_dict["active_campaigns"] = active_campaigns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    total_calls = src_dict["total_calls"]
                    success_rate = src_dict["success_rate"]
                    total_revenue = src_dict["total_revenue"]
                    active_campaigns = src_dict["active_campaigns"]
                except KeyError:
                    _whole = False
            if not _whole:
                total_calls = src_dict.get("total_calls", UNSET)
                success_rate = src_dict.get("success_rate", UNSET)
                total_revenue = src_dict.get("total_revenue", UNSET)
                active_campaigns = src_dict.get("active_campaigns", UNSET)

            if _whole or len(src_dict) == (total_calls is not UNSET) + (success_rate is not UNSET) + (
                total_revenue is not UNSET
            ) + (active_campaigns is not UNSET):
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
        _model.total_revenue = total_revenue
        _model.active_campaigns = active_campaigns
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardTrends")


@_attrs_define
class DashboardTrends:
    """Change against the previous period as signed percentage strings (e.g. `+12.5%`; documented).

    Attributes:
        calls_trend (str | Unset):
        success_rate_trend (str | Unset):
        revenue_trend (str | Unset):
    """

    calls_trend: str | Unset = UNSET
    success_rate_trend: str | Unset = UNSET
    revenue_trend: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls_trend = self.calls_trend

        success_rate_trend = self.success_rate_trend

        revenue_trend = self.revenue_trend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls_trend is not UNSET:
            field_dict["calls_trend"] = calls_trend
        if success_rate_trend is not UNSET:
            field_dict["success_rate_trend"] = success_rate_trend
        if revenue_trend is not UNSET:
            field_dict["revenue_trend"] = revenue_trend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        calls_trend = d.pop("calls_trend", UNSET)

        success_rate_trend = d.pop("success_rate_trend", UNSET)

        revenue_trend = d.pop("revenue_trend", UNSET)

        _model = cls.__new__(cls)
        _model.calls_trend = calls_trend
        _model.success_rate_trend = success_rate_trend
        _model.revenue_trend = revenue_trend

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

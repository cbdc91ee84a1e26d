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

T = TypeVar("T", bound="DashboardTrends")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("calls_trend", "success_rate_trend", "revenue_trend"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    calls_trend = src_dict["calls_trend"]
                    success_rate_trend = src_dict["success_rate_trend"]
                    revenue_trend = src_dict["revenue_trend"]
                except KeyError:
                    _whole = False
            if not _whole:
                calls_trend = src_dict.get("calls_trend", UNSET)
                success_rate_trend = src_dict.get("success_rate_trend", UNSET)
                revenue_trend = src_dict.get("revenue_trend", UNSET)

            if _whole or len(src_dict) == (calls_trend is not UNSET) + (success_rate_trend is not UNSET) + (
                revenue_trend is not UNSET
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
        _model.calls_trend = calls_trend
        _model.success_rate_trend = success_rate_trend
        _model.revenue_trend = revenue_trend
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

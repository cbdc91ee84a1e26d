from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_summary import AnalyticsSummary
    from ..models.time_series_point import TimeSeriesPoint


T = TypeVar("T", bound="CallAnalytics")


@_attrs_define
class CallAnalytics:
    """Not documented; inferred to have the same shape as `CampaignAnalytics`.

    Attributes:
        summary (AnalyticsSummary | Unset): Totals over the requested range (documented for campaign analytics).
        time_series (list[TimeSeriesPoint] | Unset):
    """

    summary: AnalyticsSummary | Unset = UNSET
    time_series: list[TimeSeriesPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        time_series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = []
            for time_series_item_data in self.time_series:
                time_series_item = time_series_item_data.to_dict()
                time_series.append(time_series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if time_series is not UNSET:
            field_dict["time_series"] = time_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_summary import AnalyticsSummary
        from ..models.time_series_point import TimeSeriesPoint

        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: AnalyticsSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = AnalyticsSummary.from_dict(_summary)

        _time_series = d.pop("time_series", UNSET)
        time_series: list[TimeSeriesPoint] | Unset = UNSET
        if _time_series is not UNSET:
            time_series = []
            for time_series_item_data in _time_series:
                time_series_item = TimeSeriesPoint.from_dict(time_series_item_data)

                time_series.append(time_series_item)

        _model = cls.__new__(cls)
        _model.summary = summary
        _model.time_series = time_series

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

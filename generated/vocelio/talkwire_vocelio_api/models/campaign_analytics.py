from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_summary import AnalyticsSummary
    from ..models.time_series_point import TimeSeriesPoint


T = TypeVar("T", bound="CampaignAnalytics")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("summary", "time_series"))


@_attrs_define
class CampaignAnalytics:
    """
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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    summary = src_dict["summary"]
                    time_series = src_dict["time_series"]
                except KeyError:
                    _whole = False
            if not _whole:
                summary = src_dict.get("summary", UNSET)
                time_series = src_dict.get("time_series", UNSET)
            if summary is not UNSET:
                _field = "summary"
                summary = _models.AnalyticsSummary.from_dict(summary)

            if time_series is not UNSET:
                _field = "time_series"
                _items = []
                _read_item = _models.TimeSeriesPoint.from_dict
                for _item in time_series:
                    _items.append(_read_item(_item))
                time_series = _items
                _items = None

            if _whole or len(src_dict) == (summary is not UNSET) + (time_series is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.summary = summary
        _model.time_series = time_series
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

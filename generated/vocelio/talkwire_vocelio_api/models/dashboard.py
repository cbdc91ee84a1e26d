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
    from ..models.dashboard_summary import DashboardSummary
    from ..models.dashboard_trends import DashboardTrends
    from ..models.top_campaign import TopCampaign


T = TypeVar("T", bound="Dashboard")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("summary", "trends", "top_campaigns"))


@_attrs_define
class Dashboard:
    """
    Attributes:
        summary (DashboardSummary | Unset):
        trends (DashboardTrends | Unset): Change against the previous period as signed percentage strings (e.g.
            `+12.5%`; documented).
        top_campaigns (list[TopCampaign] | Unset):
    """

    summary: DashboardSummary | Unset = UNSET
    trends: DashboardTrends | Unset = UNSET
    top_campaigns: list[TopCampaign] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        trends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trends, Unset):
            trends = self.trends.to_dict()

        top_campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_campaigns, Unset):
            top_campaigns = []
            for top_campaigns_item_data in self.top_campaigns:
                top_campaigns_item = top_campaigns_item_data.to_dict()
                top_campaigns.append(top_campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if trends is not UNSET:
            field_dict["trends"] = trends
        if top_campaigns is not UNSET:
            field_dict["top_campaigns"] = top_campaigns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    summary = src_dict["summary"]
                    trends = src_dict["trends"]
                    top_campaigns = src_dict["top_campaigns"]
                except KeyError:
                    _whole = False
            if not _whole:
                summary = src_dict.get("summary", UNSET)
                trends = src_dict.get("trends", UNSET)
                top_campaigns = src_dict.get("top_campaigns", UNSET)
            if summary is not UNSET:
                _field = "summary"
                summary = _models.DashboardSummary.from_dict(summary)

            if trends is not UNSET:
                _field = "trends"
                trends = _models.DashboardTrends.from_dict(trends)

            if top_campaigns is not UNSET:
                _field = "top_campaigns"
                _items = []
                _read_item = _models.TopCampaign.from_dict
                for _item in top_campaigns:
                    _items.append(_read_item(_item))
                top_campaigns = _items
                _items = None

            if _whole or len(src_dict) == (summary is not UNSET) + (trends is not UNSET) + (top_campaigns is not UNSET):
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
        _model.trends = trends
        _model.top_campaigns = top_campaigns
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMetrics")


@_attrs_define
class RealtimeMetrics:
    """
    Attributes:
        active_calls (int | Unset):
        calls_today (int | Unset):
        success_rate_today (float | Unset): Percent.
        queue_size (int | Unset):
        agents_online (int | Unset):
    """

    active_calls: int | Unset = UNSET
    calls_today: int | Unset = UNSET
    success_rate_today: float | Unset = UNSET
    queue_size: int | Unset = UNSET
    agents_online: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_calls = self.active_calls

        calls_today = self.calls_today

        success_rate_today = self.success_rate_today

        queue_size = self.queue_size

        agents_online = self.agents_online

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_calls is not UNSET:
            field_dict["active_calls"] = active_calls
        if calls_today is not UNSET:
            field_dict["calls_today"] = calls_today
        if success_rate_today is not UNSET:
            field_dict["success_rate_today"] = success_rate_today
        if queue_size is not UNSET:
            field_dict["queue_size"] = queue_size
        if agents_online is not UNSET:
            field_dict["agents_online"] = agents_online

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_calls = d.pop("active_calls", UNSET)

        calls_today = d.pop("calls_today", UNSET)

        success_rate_today = d.pop("success_rate_today", UNSET)

        queue_size = d.pop("queue_size", UNSET)

        agents_online = d.pop("agents_online", UNSET)

        _model = cls.__new__(cls)
        _model.active_calls = active_calls
        _model.calls_today = calls_today
        _model.success_rate_today = success_rate_today
        _model.queue_size = queue_size
        _model.agents_online = agents_online

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

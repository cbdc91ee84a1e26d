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

T = TypeVar("T", bound="RealtimeMetrics")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("active_calls", "calls_today", "success_rate_today", "queue_size", "agents_online"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    active_calls = src_dict["active_calls"]
                    calls_today = src_dict["calls_today"]
                    success_rate_today = src_dict["success_rate_today"]
                    queue_size = src_dict["queue_size"]
                    agents_online = src_dict["agents_online"]
                except KeyError:
                    _whole = False
            if not _whole:
                active_calls = src_dict.get("active_calls", UNSET)
                calls_today = src_dict.get("calls_today", UNSET)
                success_rate_today = src_dict.get("success_rate_today", UNSET)
                queue_size = src_dict.get("queue_size", UNSET)
                agents_online = src_dict.get("agents_online", UNSET)

            if _whole or len(src_dict) == (active_calls is not UNSET) + (calls_today is not UNSET) + (
                success_rate_today is not UNSET
            ) + (queue_size is not UNSET) + (agents_online is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.active_calls = active_calls
        _model.calls_today = calls_today
        _model.success_rate_today = success_rate_today
        _model.queue_size = queue_size
        _model.agents_online = agents_online
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

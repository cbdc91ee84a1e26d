from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSeriesPoint")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("timestamp", "calls", "success_rate"))


@_attrs_define
class TimeSeriesPoint:
    """One bucket of an analytics time series.

    Attributes:
        timestamp (datetime.datetime): Start of the bucket.
        calls (int | Unset):
        success_rate (float | Unset): Percent.
    """

    timestamp: datetime.datetime
    calls: int | Unset = UNSET
    success_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        calls = self.calls

        success_rate = self.success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if calls is not UNSET:
            field_dict["calls"] = calls
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "timestamp"
            try:
                timestamp = _fromisoformat(src_dict["timestamp"])
            except ValueError:
                timestamp = _datetime_fallback(src_dict["timestamp"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    calls = src_dict["calls"]
                    success_rate = src_dict["success_rate"]
                except KeyError:
                    _whole = False
            if not _whole:
                calls = src_dict.get("calls", UNSET)
                success_rate = src_dict.get("success_rate", UNSET)

            if _whole or len(src_dict) == 1 + (calls is not UNSET) + (success_rate is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.timestamp = timestamp
        _model.calls = calls
        _model.success_rate = success_rate
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

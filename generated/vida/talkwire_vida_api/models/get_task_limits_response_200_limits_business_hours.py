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

T = TypeVar("T", bound="GetTaskLimitsResponse200LimitsBusinessHours")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("timezone", "days", "start", "end"))


@_attrs_define
class GetTaskLimitsResponse200LimitsBusinessHours:
    """
    Attributes:
        timezone (str | Unset):  Example: America/Chicago.
        days (list[float] | Unset):  Example: [1, 2, 3, 4, 5].
        start (str | Unset):  Example: 09:00.
        end (str | Unset):  Example: 17:00.
    """

    timezone: str | Unset = UNSET
    days: list[float] | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        days: list[float] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if days is not UNSET:
            field_dict["days"] = days
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    timezone = src_dict["timezone"]
                    days = src_dict["days"]
                    start = src_dict["start"]
                    end = src_dict["end"]
                except KeyError:
                    _whole = False
            if not _whole:
                timezone = src_dict.get("timezone", UNSET)
                days = src_dict.get("days", UNSET)
                start = src_dict.get("start", UNSET)
                end = src_dict.get("end", UNSET)

            if _whole or len(src_dict) == (timezone is not UNSET) + (days is not UNSET) + (start is not UNSET) + (
                end is not UNSET
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
        _model.timezone = timezone
        _model.days = days
        _model.start = start
        _model.end = end
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

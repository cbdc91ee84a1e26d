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

T = TypeVar("T", bound="CampaignSchedule")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("start_date", "end_date"))


@_attrs_define
class CampaignSchedule:
    """
    Attributes:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    start_date = src_dict["start_date"]
                    end_date = src_dict["end_date"]
                except KeyError:
                    _whole = False
            if not _whole:
                start_date = src_dict.get("start_date", UNSET)
                end_date = src_dict.get("end_date", UNSET)
            if start_date is not UNSET:
                _field = "start_date"
                try:
                    start_date = _fromisoformat(start_date)
                except ValueError:
                    start_date = _datetime_fallback(start_date)

            if end_date is not UNSET:
                _field = "end_date"
                try:
                    end_date = _fromisoformat(end_date)
                except ValueError:
                    end_date = _datetime_fallback(end_date)

            if _whole or len(src_dict) == (start_date is not UNSET) + (end_date is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.start_date = start_date
        _model.end_date = end_date
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

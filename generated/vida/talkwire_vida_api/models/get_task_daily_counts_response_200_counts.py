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

T = TypeVar("T", bound="GetTaskDailyCountsResponse200Counts")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("calls", "texts", "tasks", "date"))


@_attrs_define
class GetTaskDailyCountsResponse200Counts:
    """
    Attributes:
        calls (float | Unset):  Example: 5.
        texts (float | Unset):  Example: 12.
        tasks (float | Unset):  Example: 17.
        date (str | Unset):  Example: 2025-08-20.
    """

    calls: float | Unset = UNSET
    texts: float | Unset = UNSET
    tasks: float | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        texts = self.texts

        tasks = self.tasks

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls is not UNSET:
            field_dict["calls"] = calls
        if texts is not UNSET:
            field_dict["texts"] = texts
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    calls = src_dict["calls"]
                    texts = src_dict["texts"]
                    tasks = src_dict["tasks"]
                    date = src_dict["date"]
                except KeyError:
                    _whole = False
            if not _whole:
                calls = src_dict.get("calls", UNSET)
                texts = src_dict.get("texts", UNSET)
                tasks = src_dict.get("tasks", UNSET)
                date = src_dict.get("date", UNSET)

            if _whole or len(src_dict) == (calls is not UNSET) + (texts is not UNSET) + (tasks is not UNSET) + (
                date is not UNSET
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
        _model.calls = calls
        _model.texts = texts
        _model.tasks = tasks
        _model.date = date
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

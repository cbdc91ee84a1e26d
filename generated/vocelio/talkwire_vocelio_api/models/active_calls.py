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
    from ..models.active_call import ActiveCall
    from ..models.active_calls_summary import ActiveCallsSummary


T = TypeVar("T", bound="ActiveCalls")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("active_calls", "summary"))


@_attrs_define
class ActiveCalls:
    """
    Attributes:
        active_calls (list[ActiveCall]):
        summary (ActiveCallsSummary | Unset):
    """

    active_calls: list[ActiveCall]
    summary: ActiveCallsSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_calls = []
        for active_calls_item_data in self.active_calls:
            active_calls_item = active_calls_item_data.to_dict()
            active_calls.append(active_calls_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_calls": active_calls,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "active_calls"
            _items = []
            _read_item = _models.ActiveCall.from_dict
            for _item in src_dict["active_calls"]:
                _items.append(_read_item(_item))
            active_calls = _items
            _items = None

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    summary = src_dict["summary"]
                except KeyError:
                    _whole = False
            if not _whole:
                summary = src_dict.get("summary", UNSET)
            if summary is not UNSET:
                _field = "summary"
                summary = _models.ActiveCallsSummary.from_dict(summary)

            if _whole or len(src_dict) == 1 + (summary is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.active_calls = active_calls
        _model.summary = summary
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

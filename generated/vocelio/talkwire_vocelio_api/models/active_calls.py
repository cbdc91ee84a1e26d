from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_call import ActiveCall
    from ..models.active_calls_summary import ActiveCallsSummary


T = TypeVar("T", bound="ActiveCalls")


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
        from ..models.active_call import ActiveCall
        from ..models.active_calls_summary import ActiveCallsSummary

        d = dict(src_dict)
        active_calls = []
        _active_calls = d.pop("active_calls")
        for active_calls_item_data in _active_calls:
            active_calls_item = ActiveCall.from_dict(active_calls_item_data)

            active_calls.append(active_calls_item)

        _summary = d.pop("summary", UNSET)
        summary: ActiveCallsSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ActiveCallsSummary.from_dict(_summary)

        _model = cls.__new__(cls)
        _model.active_calls = active_calls
        _model.summary = summary

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

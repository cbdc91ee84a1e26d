from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_task_daily_counts_response_200_counts import GetTaskDailyCountsResponse200Counts


T = TypeVar("T", bound="GetTaskDailyCountsResponse200")


@_attrs_define
class GetTaskDailyCountsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        counts (GetTaskDailyCountsResponse200Counts | Unset):
    """

    success: bool | Unset = UNSET
    counts: GetTaskDailyCountsResponse200Counts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_task_daily_counts_response_200_counts import GetTaskDailyCountsResponse200Counts

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _counts = d.pop("counts", UNSET)
        counts: GetTaskDailyCountsResponse200Counts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = GetTaskDailyCountsResponse200Counts.from_dict(_counts)

        _model = cls.__new__(cls)
        _model.success = success
        _model.counts = counts

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_task_stats_response_200_by_state import GetTaskStatsResponse200ByState


T = TypeVar("T", bound="GetTaskStatsResponse200")


@_attrs_define
class GetTaskStatsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        total (float | Unset):  Example: 10.
        by_state (GetTaskStatsResponse200ByState | Unset):
    """

    success: bool | Unset = UNSET
    total: float | Unset = UNSET
    by_state: GetTaskStatsResponse200ByState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        total = self.total

        by_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_state, Unset):
            by_state = self.by_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if total is not UNSET:
            field_dict["total"] = total
        if by_state is not UNSET:
            field_dict["byState"] = by_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_task_stats_response_200_by_state import GetTaskStatsResponse200ByState

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        total = d.pop("total", UNSET)

        _by_state = d.pop("byState", UNSET)
        by_state: GetTaskStatsResponse200ByState | Unset
        if isinstance(_by_state, Unset):
            by_state = UNSET
        else:
            by_state = GetTaskStatsResponse200ByState.from_dict(_by_state)

        _model = cls.__new__(cls)
        _model.success = success
        _model.total = total
        _model.by_state = by_state

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

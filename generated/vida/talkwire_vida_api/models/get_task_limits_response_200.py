from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_task_limits_response_200_limits import GetTaskLimitsResponse200Limits


T = TypeVar("T", bound="GetTaskLimitsResponse200")


@_attrs_define
class GetTaskLimitsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        limits (GetTaskLimitsResponse200Limits | Unset):
    """

    success: bool | Unset = UNSET
    limits: GetTaskLimitsResponse200Limits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_task_limits_response_200_limits import GetTaskLimitsResponse200Limits

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _limits = d.pop("limits", UNSET)
        limits: GetTaskLimitsResponse200Limits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = GetTaskLimitsResponse200Limits.from_dict(_limits)

        _model = cls.__new__(cls)
        _model.success = success
        _model.limits = limits

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

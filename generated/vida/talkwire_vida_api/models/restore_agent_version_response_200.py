from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_agent_version_response_200_restored import RestoreAgentVersionResponse200Restored


T = TypeVar("T", bound="RestoreAgentVersionResponse200")


@_attrs_define
class RestoreAgentVersionResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        restored (RestoreAgentVersionResponse200Restored | Unset): The campaign object now occupying the target slot
    """

    success: bool | Unset = UNSET
    restored: RestoreAgentVersionResponse200Restored | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        restored: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restored, Unset):
            restored = self.restored.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if restored is not UNSET:
            field_dict["restored"] = restored

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.restore_agent_version_response_200_restored import RestoreAgentVersionResponse200Restored

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _restored = d.pop("restored", UNSET)
        restored: RestoreAgentVersionResponse200Restored | Unset
        if isinstance(_restored, Unset):
            restored = UNSET
        else:
            restored = RestoreAgentVersionResponse200Restored.from_dict(_restored)

        _model = cls.__new__(cls)
        _model.success = success
        _model.restored = restored

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_agent_response_200_sponsorship import GetAgentResponse200Sponsorship


T = TypeVar("T", bound="GetAgentResponse200")


@_attrs_define
class GetAgentResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Success.
        sponsorship (GetAgentResponse200Sponsorship | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    sponsorship: GetAgentResponse200Sponsorship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        sponsorship: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sponsorship, Unset):
            sponsorship = self.sponsorship.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if sponsorship is not UNSET:
            field_dict["sponsorship"] = sponsorship

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_agent_response_200_sponsorship import GetAgentResponse200Sponsorship

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _sponsorship = d.pop("sponsorship", UNSET)
        sponsorship: GetAgentResponse200Sponsorship | Unset
        if isinstance(_sponsorship, Unset):
            sponsorship = UNSET
        else:
            sponsorship = GetAgentResponse200Sponsorship.from_dict(_sponsorship)

        _model = cls.__new__(cls)
        _model.success = success
        _model.message = message
        _model.sponsorship = sponsorship

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCallRequest")


@_attrs_define
class UpdateCallRequest:
    """
    Attributes:
        status (CallStatus | Unset): Call status (the documented filter values).
        disposition (str | Unset): Call outcome (`interested` in the example; values not listed).
        customer_satisfaction (float | Unset): Customer satisfaction score (4.5 in the example; the scale is not
            documented).
        agent_notes (str | Unset):
    """

    status: CallStatus | Unset = UNSET
    disposition: str | Unset = UNSET
    customer_satisfaction: float | Unset = UNSET
    agent_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        disposition = self.disposition

        customer_satisfaction = self.customer_satisfaction

        agent_notes = self.agent_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if customer_satisfaction is not UNSET:
            field_dict["customer_satisfaction"] = customer_satisfaction
        if agent_notes is not UNSET:
            field_dict["agent_notes"] = agent_notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallStatus(_status)

        disposition = d.pop("disposition", UNSET)

        customer_satisfaction = d.pop("customer_satisfaction", UNSET)

        agent_notes = d.pop("agent_notes", UNSET)

        _model = cls.__new__(cls)
        _model.status = status
        _model.disposition = disposition
        _model.customer_satisfaction = customer_satisfaction
        _model.agent_notes = agent_notes

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

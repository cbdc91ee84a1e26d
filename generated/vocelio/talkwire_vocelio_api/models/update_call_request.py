from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.call_status import CallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCallRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_call_status_member = CallStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("status", "disposition", "customer_satisfaction", "agent_notes"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    status = src_dict["status"]
                    disposition = src_dict["disposition"]
                    customer_satisfaction = src_dict["customer_satisfaction"]
                    agent_notes = src_dict["agent_notes"]
                except KeyError:
                    _whole = False
            if not _whole:
                status = src_dict.get("status", UNSET)
                disposition = src_dict.get("disposition", UNSET)
                customer_satisfaction = src_dict.get("customer_satisfaction", UNSET)
                agent_notes = src_dict.get("agent_notes", UNSET)
            if status is not UNSET:
                _field = "status"
                status = _call_status_member(status) or CallStatus(status)

            if _whole or len(src_dict) == (status is not UNSET) + (disposition is not UNSET) + (
                customer_satisfaction is not UNSET
            ) + (agent_notes is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.status = status
        _model.disposition = disposition
        _model.customer_satisfaction = customer_satisfaction
        _model.agent_notes = agent_notes
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

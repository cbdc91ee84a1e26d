from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis import CallAnalysis


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """A call. The initiate response carries `call_id`, `status`, `twilio_call_sid`, `created_at`; the get response the
    details and analysis. `disposition`, `customer_satisfaction` and `agent_notes` are not shown in a call response;
    they are included because updateCall sets them (`disposition` also appears in the `call.completed` webhook).

        Attributes:
            call_id (str):
            status (CallStatus): Call status (the documented filter values).
            phone_number (str | Unset):
            twilio_call_sid (str | Unset):
            created_at (datetime.datetime | Unset):
            duration (int | Unset): Call length in seconds.
            cost (float | Unset): Cost of the call (currency not documented).
            recording_url (str | Unset):
            transcription (str | Unset): Full call transcription.
            analysis (CallAnalysis | Unset):
            disposition (str | Unset): Call outcome (`interested` in the example; values not listed).
            customer_satisfaction (float | Unset): Customer satisfaction score (4.5 in the example).
            agent_notes (str | Unset):
    """

    call_id: str
    status: CallStatus
    phone_number: str | Unset = UNSET
    twilio_call_sid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    duration: int | Unset = UNSET
    cost: float | Unset = UNSET
    recording_url: str | Unset = UNSET
    transcription: str | Unset = UNSET
    analysis: CallAnalysis | Unset = UNSET
    disposition: str | Unset = UNSET
    customer_satisfaction: float | Unset = UNSET
    agent_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        status = self.status.value

        phone_number = self.phone_number

        twilio_call_sid = self.twilio_call_sid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        duration = self.duration

        cost = self.cost

        recording_url = self.recording_url

        transcription = self.transcription

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        disposition = self.disposition

        customer_satisfaction = self.customer_satisfaction

        agent_notes = self.agent_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "status": status,
            }
        )
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if twilio_call_sid is not UNSET:
            field_dict["twilio_call_sid"] = twilio_call_sid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if cost is not UNSET:
            field_dict["cost"] = cost
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if customer_satisfaction is not UNSET:
            field_dict["customer_satisfaction"] = customer_satisfaction
        if agent_notes is not UNSET:
            field_dict["agent_notes"] = agent_notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.call_analysis import CallAnalysis

        d = dict(src_dict)
        call_id = d.pop("call_id")

        status = CallStatus(d.pop("status"))

        phone_number = d.pop("phone_number", UNSET)

        twilio_call_sid = d.pop("twilio_call_sid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        duration = d.pop("duration", UNSET)

        cost = d.pop("cost", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        transcription = d.pop("transcription", UNSET)

        _analysis = d.pop("analysis", UNSET)
        analysis: CallAnalysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = CallAnalysis.from_dict(_analysis)

        disposition = d.pop("disposition", UNSET)

        customer_satisfaction = d.pop("customer_satisfaction", UNSET)

        agent_notes = d.pop("agent_notes", UNSET)

        _model = cls.__new__(cls)
        _model.call_id = call_id
        _model.status = status
        _model.phone_number = phone_number
        _model.twilio_call_sid = twilio_call_sid
        _model.created_at = created_at
        _model.duration = duration
        _model.cost = cost
        _model.recording_url = recording_url
        _model.transcription = transcription
        _model.analysis = analysis
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..models.call_status import CallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis import CallAnalysis


T = TypeVar("T", bound="Call")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_call_status_member = CallStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "call_id",
        "status",
        "phone_number",
        "twilio_call_sid",
        "created_at",
        "duration",
        "cost",
        "recording_url",
        "transcription",
        "analysis",
        "disposition",
        "customer_satisfaction",
        "agent_notes",
    )
)


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
        _field: str | None = None
        try:
            call_id = src_dict["call_id"]

            _field = "status"
            status = src_dict["status"]
            status = _call_status_member(status) or CallStatus(status)

            _whole = len(src_dict) == 13
            if _whole:
                try:
                    phone_number = src_dict["phone_number"]
                    twilio_call_sid = src_dict["twilio_call_sid"]
                    created_at = src_dict["created_at"]
                    duration = src_dict["duration"]
                    cost = src_dict["cost"]
                    recording_url = src_dict["recording_url"]
                    transcription = src_dict["transcription"]
                    analysis = src_dict["analysis"]
                    disposition = src_dict["disposition"]
                    customer_satisfaction = src_dict["customer_satisfaction"]
                    agent_notes = src_dict["agent_notes"]
                except KeyError:
                    _whole = False
            if not _whole:
                phone_number = src_dict.get("phone_number", UNSET)
                twilio_call_sid = src_dict.get("twilio_call_sid", UNSET)
                created_at = src_dict.get("created_at", UNSET)
                duration = src_dict.get("duration", UNSET)
                cost = src_dict.get("cost", UNSET)
                recording_url = src_dict.get("recording_url", UNSET)
                transcription = src_dict.get("transcription", UNSET)
                analysis = src_dict.get("analysis", UNSET)
                disposition = src_dict.get("disposition", UNSET)
                customer_satisfaction = src_dict.get("customer_satisfaction", UNSET)
                agent_notes = src_dict.get("agent_notes", UNSET)

            if created_at is not UNSET:
                _field = "created_at"
                try:
                    created_at = _fromisoformat(created_at)
                except ValueError:
                    created_at = _datetime_fallback(created_at)

            if analysis is not UNSET:
                _field = "analysis"
                analysis = _models.CallAnalysis.from_dict(analysis)

            if _whole or len(src_dict) == 2 + (phone_number is not UNSET) + (twilio_call_sid is not UNSET) + (
                created_at is not UNSET
            ) + (duration is not UNSET) + (cost is not UNSET) + (recording_url is not UNSET) + (
                transcription is not UNSET
            ) + (analysis is not UNSET) + (disposition is not UNSET) + (customer_satisfaction is not UNSET) + (
                agent_notes is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
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

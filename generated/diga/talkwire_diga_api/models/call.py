from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..models.call_status import CallStatus
from ..models.call_type import CallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.dynamic_variables import DynamicVariables


T = TypeVar("T", bound="Call")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_call_status_member = CallStatus._value2member_map_.get
_call_type_member = CallType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "agent_id",
        "agent_version_id",
        "status",
        "type",
        "contact",
        "phone_register_id",
        "created_date",
        "recording_url",
        "start_time",
        "end_time",
        "duration",
        "end_reason",
        "dynamic_variables",
    )
)


@_attrs_define
class Call:
    """A call (inbound or outbound phone call, or web call). Vendor schema `CallResponse`.

    Attributes:
        id (UUID): The call's id.
        agent_id (None | UUID): Agent that handled the call; key always present, value may be null.
        agent_version_id (None | UUID): Agent version that handled the call; key always present, value may be null.
        status (CallStatus): Status of a call. Current values (reference snapshot of 2026-07-22): `dialing`, `in_queue`,
            `in_progress`, `completed`; every terminal outcome (answered, transferred, refused, no answer, error) is
            `completed`, with the outcome in `Call.end_reason`. LEGACY values, the enum before 2026-07-22 (also in diga-get-
            call.txt), still returned for old calls: `failed`, `transferred`, `no_answer`.
        type_ (CallType): Direction of a call.
        contact (Contact): The other party of a call. Vendor schema `ContactResponseSchema`.
        phone_register_id (None | UUID): Project phone (phone register) used to make or receive the call; key always
            present, value may be null.
        created_date (datetime.datetime): When the call was created; what `start_created_date`/`end_created_date` filter
            on.
        recording_url (None | str | Unset): URL of the call recording; present when a recording exists.
        start_time (datetime.datetime | None | Unset): When the call started.
        end_time (datetime.datetime | None | Unset): When the call ended, if it has.
        duration (int | None | Unset): Seconds; null until the call has ended.
        end_reason (None | str | Unset): Why the call ended; set once it has ended. A free string: the vendor refers to
            an unpublished `EndReason` enum; values named in its guides are `voicemail_left`, `answering_machine_detected`,
            `mailbox_unavailable`, `ivr_no_answer`, `ivr_unreachable` (a third-party example shows `hangup`).
        dynamic_variables (DynamicVariables | None | Unset): Call-level dynamic variables.
    """

    id: UUID
    agent_id: None | UUID
    agent_version_id: None | UUID
    status: CallStatus
    type_: CallType
    contact: Contact
    phone_register_id: None | UUID
    created_date: datetime.datetime
    recording_url: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    end_reason: None | str | Unset = UNSET
    dynamic_variables: DynamicVariables | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_variables import DynamicVariables

        id = str(self.id)

        agent_id: None | str
        if isinstance(self.agent_id, UUID):
            agent_id = str(self.agent_id)
        else:
            agent_id = self.agent_id

        agent_version_id: None | str
        if isinstance(self.agent_version_id, UUID):
            agent_version_id = str(self.agent_version_id)
        else:
            agent_version_id = self.agent_version_id

        status = self.status.value

        type_ = self.type_.value

        contact = self.contact.to_dict()

        phone_register_id: None | str
        if isinstance(self.phone_register_id, UUID):
            phone_register_id = str(self.phone_register_id)
        else:
            phone_register_id = self.phone_register_id

        created_date = self.created_date.isoformat()

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        end_reason: None | str | Unset
        if isinstance(self.end_reason, Unset):
            end_reason = UNSET
        else:
            end_reason = self.end_reason

        dynamic_variables: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variables, Unset):
            dynamic_variables = UNSET
        elif isinstance(self.dynamic_variables, DynamicVariables):
            dynamic_variables = self.dynamic_variables.to_dict()
        else:
            dynamic_variables = self.dynamic_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "agent_version_id": agent_version_id,
                "status": status,
                "type": type_,
                "contact": contact,
                "phone_register_id": phone_register_id,
                "created_date": created_date,
            }
        )
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "agent_id"
            agent_id = src_dict["agent_id"]
            if agent_id is not None:
                agent_id = _uuid_from_wire(agent_id)

            _field = "agent_version_id"
            agent_version_id = src_dict["agent_version_id"]
            if agent_version_id is not None:
                agent_version_id = _uuid_from_wire(agent_version_id)

            _field = "status"
            status = src_dict["status"]
            status = _call_status_member(status) or CallStatus(status)

            _field = "type"
            type_ = src_dict["type"]
            type_ = _call_type_member(type_) or CallType(type_)

            _field = "contact"
            contact = _models.Contact.from_dict(src_dict["contact"])

            _field = "phone_register_id"
            phone_register_id = src_dict["phone_register_id"]
            if phone_register_id is not None:
                phone_register_id = _uuid_from_wire(phone_register_id)

            _field = "created_date"
            try:
                created_date = _fromisoformat(src_dict["created_date"])
            except ValueError:
                created_date = _datetime_fallback(src_dict["created_date"])

            _whole = len(src_dict) == 14
            if _whole:
                try:
                    recording_url = src_dict["recording_url"]
                    start_time = src_dict["start_time"]
                    end_time = src_dict["end_time"]
                    duration = src_dict["duration"]
                    end_reason = src_dict["end_reason"]
                    dynamic_variables = src_dict["dynamic_variables"]
                except KeyError:
                    _whole = False
            if not _whole:
                recording_url = src_dict.get("recording_url", UNSET)
                start_time = src_dict.get("start_time", UNSET)
                end_time = src_dict.get("end_time", UNSET)
                duration = src_dict.get("duration", UNSET)
                end_reason = src_dict.get("end_reason", UNSET)
                dynamic_variables = src_dict.get("dynamic_variables", UNSET)

            if start_time is not UNSET and start_time is not None:
                _field = "start_time"
                try:
                    start_time = _fromisoformat(start_time)
                except ValueError:
                    start_time = _datetime_fallback(start_time)

            if end_time is not UNSET and end_time is not None:
                _field = "end_time"
                try:
                    end_time = _fromisoformat(end_time)
                except ValueError:
                    end_time = _datetime_fallback(end_time)

            if dynamic_variables is not UNSET and dynamic_variables is not None:
                _field = "dynamic_variables"
                dynamic_variables = _models.DynamicVariables.from_dict(dynamic_variables)

            if _whole or len(src_dict) == 8 + (recording_url is not UNSET) + (start_time is not UNSET) + (
                end_time is not UNSET
            ) + (duration is not UNSET) + (end_reason is not UNSET) + (dynamic_variables is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.agent_id = agent_id
        _model.agent_version_id = agent_version_id
        _model.status = status
        _model.type_ = type_
        _model.contact = contact
        _model.phone_register_id = phone_register_id
        _model.created_date = created_date
        _model.recording_url = recording_url
        _model.start_time = start_time
        _model.end_time = end_time
        _model.duration = duration
        _model.end_reason = end_reason
        _model.dynamic_variables = dynamic_variables
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..models.analyzed_status import AnalyzedStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendees import Attendees


T = TypeVar("T", bound="Meeting")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_analyzed_status_member = AnalyzedStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "name",
        "created_at",
        "updated_at",
        "scheduled_at",
        "last_trancript_id",
        "attendees",
        "analyzed_status",
        "error_cause",
    )
)


@_attrs_define
class Meeting:
    """A meeting with its analysis status.

    Attributes:
        id (UUID):
        name (str):
        created_at (datetime.datetime): When diio created it, without a zone offset; the docs do not state its zone.
        updated_at (datetime.datetime): When it was last updated, without a zone offset; the docs do not state its zone.
        scheduled_at (None | datetime.datetime | Unset): When the meeting was scheduled, without a zone offset; the docs
            do not state its zone.
        last_trancript_id (None | Unset | UUID): The id of the meeting's latest transcript (for `getTranscript`). The
            name is misspelled by diio and sent that way.
        attendees (Attendees | Unset): Who attended, split by side.
        analyzed_status (AnalyzedStatus | Unset): The analysis status of a meeting or phone call (the docs list
            `finished` and `error`).
        error_cause (None | str | Unset): Why the analysis failed; `null` unless `analyzed_status` is `error`.
    """

    id: UUID
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scheduled_at: None | datetime.datetime | Unset = UNSET
    last_trancript_id: None | Unset | UUID = UNSET
    attendees: Attendees | Unset = UNSET
    analyzed_status: AnalyzedStatus | Unset = UNSET
    error_cause: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_at: str
        created_at = self.created_at.isoformat()

        updated_at: str
        updated_at = self.updated_at.isoformat()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        last_trancript_id: None | str | Unset
        if isinstance(self.last_trancript_id, Unset):
            last_trancript_id = UNSET
        elif isinstance(self.last_trancript_id, UUID):
            last_trancript_id = str(self.last_trancript_id)
        else:
            last_trancript_id = self.last_trancript_id

        attendees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = self.attendees.to_dict()

        analyzed_status: str | Unset = UNSET
        if not isinstance(self.analyzed_status, Unset):
            analyzed_status = self.analyzed_status.value

        error_cause: None | str | Unset
        if isinstance(self.error_cause, Unset):
            error_cause = UNSET
        else:
            error_cause = self.error_cause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if last_trancript_id is not UNSET:
            field_dict["last_trancript_id"] = last_trancript_id
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if analyzed_status is not UNSET:
            field_dict["analyzed_status"] = analyzed_status
        if error_cause is not UNSET:
            field_dict["error_cause"] = error_cause

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "created_at"
            created_at = _fromisoformat(src_dict["created_at"])

            _field = "updated_at"
            updated_at = _fromisoformat(src_dict["updated_at"])

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    scheduled_at = src_dict["scheduled_at"]
                    last_trancript_id = src_dict["last_trancript_id"]
                    attendees = src_dict["attendees"]
                    analyzed_status = src_dict["analyzed_status"]
                    error_cause = src_dict["error_cause"]
                except KeyError:
                    _whole = False
            if not _whole:
                scheduled_at = src_dict.get("scheduled_at", UNSET)
                last_trancript_id = src_dict.get("last_trancript_id", UNSET)
                attendees = src_dict.get("attendees", UNSET)
                analyzed_status = src_dict.get("analyzed_status", UNSET)
                error_cause = src_dict.get("error_cause", UNSET)
            if scheduled_at is not UNSET and scheduled_at is not None:
                _field = "scheduled_at"
                if not isinstance(scheduled_at, str):
                    _not_valid(scheduled_at, "None | datetime.datetime")
                scheduled_at = _fromisoformat(scheduled_at)

            if last_trancript_id is not UNSET and last_trancript_id is not None:
                _field = "last_trancript_id"
                last_trancript_id = _uuid_from_wire(last_trancript_id)

            if attendees is not UNSET:
                _field = "attendees"
                attendees = _models.Attendees.from_dict(attendees)

            if analyzed_status is not UNSET:
                _field = "analyzed_status"
                analyzed_status = _analyzed_status_member(analyzed_status) or AnalyzedStatus(analyzed_status)

            if _whole or len(src_dict) == 4 + (scheduled_at is not UNSET) + (last_trancript_id is not UNSET) + (
                attendees is not UNSET
            ) + (analyzed_status is not UNSET) + (error_cause is not UNSET):
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
        _model.name = name
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.scheduled_at = scheduled_at
        _model.last_trancript_id = last_trancript_id
        _model.attendees = attendees
        _model.analyzed_status = analyzed_status
        _model.error_cause = error_cause
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

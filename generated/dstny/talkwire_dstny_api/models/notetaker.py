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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="Notetaker")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "status",
        "created_at",
        "_meta",
        "provider_bot_id",
        "meeting_platform",
        "meeting_title",
        "meeting_start_time",
        "status_message",
        "conversation_id",
    )
)


@_attrs_define
class Notetaker:
    """A notetaker request and its bot's state (response of `requestNotetaker`).

    Attributes:
        id (UUID): Notetaker request id.
        status (str): Lifecycle state, e.g. `joining`. The other values are undocumented.
        created_at (datetime.datetime):
        field_meta (Meta): Envelope metadata present at the top level of every REST response body.
        provider_bot_id (None | str | Unset): Bot id at the meeting-bot provider, e.g. `bot_123`. Null before the
            provider assigns one is inferred.
        meeting_platform (None | str | Unset): Platform, e.g. `google_meet` (other values undocumented). Null when it
            could not be inferred is an inference.
        meeting_title (None | str | Unset):
        meeting_start_time (datetime.datetime | None | Unset):
        status_message (None | str | Unset): Detail for the current status, if any.
        conversation_id (None | Unset | UUID): The conversation recorded by the notetaker; null until one exists
            (inferred).
    """

    id: UUID
    status: str
    created_at: datetime.datetime
    field_meta: Meta
    provider_bot_id: None | str | Unset = UNSET
    meeting_platform: None | str | Unset = UNSET
    meeting_title: None | str | Unset = UNSET
    meeting_start_time: datetime.datetime | None | Unset = UNSET
    status_message: None | str | Unset = UNSET
    conversation_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        created_at = self.created_at.isoformat()

        field_meta = self.field_meta.to_dict()

        provider_bot_id: None | str | Unset
        if isinstance(self.provider_bot_id, Unset):
            provider_bot_id = UNSET
        else:
            provider_bot_id = self.provider_bot_id

        meeting_platform: None | str | Unset
        if isinstance(self.meeting_platform, Unset):
            meeting_platform = UNSET
        else:
            meeting_platform = self.meeting_platform

        meeting_title: None | str | Unset
        if isinstance(self.meeting_title, Unset):
            meeting_title = UNSET
        else:
            meeting_title = self.meeting_title

        meeting_start_time: None | str | Unset
        if isinstance(self.meeting_start_time, Unset):
            meeting_start_time = UNSET
        elif isinstance(self.meeting_start_time, datetime.datetime):
            meeting_start_time = self.meeting_start_time.isoformat()
        else:
            meeting_start_time = self.meeting_start_time

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        elif isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
                "_meta": field_meta,
            }
        )
        if provider_bot_id is not UNSET:
            field_dict["provider_bot_id"] = provider_bot_id
        if meeting_platform is not UNSET:
            field_dict["meeting_platform"] = meeting_platform
        if meeting_title is not UNSET:
            field_dict["meeting_title"] = meeting_title
        if meeting_start_time is not UNSET:
            field_dict["meeting_start_time"] = meeting_start_time
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            status = src_dict["status"]

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _field = "_meta"
            field_meta = _models.Meta.from_dict(src_dict["_meta"])

            _whole = len(src_dict) == 10
            if _whole:
                try:
                    provider_bot_id = src_dict["provider_bot_id"]
                    meeting_platform = src_dict["meeting_platform"]
                    meeting_title = src_dict["meeting_title"]
                    meeting_start_time = src_dict["meeting_start_time"]
                    status_message = src_dict["status_message"]
                    conversation_id = src_dict["conversation_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                provider_bot_id = src_dict.get("provider_bot_id", UNSET)
                meeting_platform = src_dict.get("meeting_platform", UNSET)
                meeting_title = src_dict.get("meeting_title", UNSET)
                meeting_start_time = src_dict.get("meeting_start_time", UNSET)
                status_message = src_dict.get("status_message", UNSET)
                conversation_id = src_dict.get("conversation_id", UNSET)

            if meeting_start_time is not UNSET and meeting_start_time is not None:
                _field = "meeting_start_time"
                try:
                    meeting_start_time = _fromisoformat(meeting_start_time)
                except ValueError:
                    meeting_start_time = _datetime_fallback(meeting_start_time)

            if conversation_id is not UNSET and conversation_id is not None:
                _field = "conversation_id"
                conversation_id = _uuid_from_wire(conversation_id)

            if _whole or len(src_dict) == 4 + (provider_bot_id is not UNSET) + (meeting_platform is not UNSET) + (
                meeting_title is not UNSET
            ) + (meeting_start_time is not UNSET) + (status_message is not UNSET) + (conversation_id is not UNSET):
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
        _model.status = status
        _model.created_at = created_at
        _model.field_meta = field_meta
        _model.provider_bot_id = provider_bot_id
        _model.meeting_platform = meeting_platform
        _model.meeting_title = meeting_title
        _model.meeting_start_time = meeting_start_time
        _model.status_message = status_message
        _model.conversation_id = conversation_id
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

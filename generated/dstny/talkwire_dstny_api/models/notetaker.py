from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="Notetaker")


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
        from ..models.meta import Meta

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        field_meta = Meta.from_dict(d.pop("_meta"))

        def _parse_provider_bot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_bot_id = _parse_provider_bot_id(d.pop("provider_bot_id", UNSET))

        def _parse_meeting_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_platform = _parse_meeting_platform(d.pop("meeting_platform", UNSET))

        def _parse_meeting_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_title = _parse_meeting_title(d.pop("meeting_title", UNSET))

        def _parse_meeting_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return meeting_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        meeting_start_time = _parse_meeting_start_time(d.pop("meeting_start_time", UNSET))

        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_message = _parse_status_message(d.pop("status_message", UNSET))

        def _parse_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_id_type_0 = UUID(data)

                return conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        _model = cls.__new__(cls)
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

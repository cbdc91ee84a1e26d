from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotetakerJoinRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("meeting_url", "meeting_title", "meeting_start_time", "meeting_end_time", "meeting_platform")
)


@_attrs_define
class NotetakerJoinRequest:
    """Body of `requestNotetaker`. The JSON media type is inferred.

    The docs disagree with themselves about `meeting_url`: their parameter list marks it required, their
    request sample leaves it out. A request accepts both forms, so it is not `required` here; send it (the
    notetaker has no other way to find the meeting).

        Attributes:
            meeting_url (str | Unset): Zoom, Microsoft Teams or Google Meet URL. Marked required in the docs' parameter
                list, absent from their request sample (see above).
            meeting_title (str | Unset): Optional title stored with the notetaker request.
            meeting_start_time (datetime.datetime | Unset): Optional scheduled start time if this is not an immediate join.
            meeting_end_time (datetime.datetime | Unset): Optional scheduled end time.
            meeting_platform (str | Unset): Optional platform hint; the backend also infers it from the URL. Documented
                example `google_meet`; other values are undocumented (presumably `zoom` and `microsoft_teams`/`teams`).
    """

    meeting_url: str | Unset = UNSET
    meeting_title: str | Unset = UNSET
    meeting_start_time: datetime.datetime | Unset = UNSET
    meeting_end_time: datetime.datetime | Unset = UNSET
    meeting_platform: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_url = self.meeting_url

        meeting_title = self.meeting_title

        meeting_start_time: str | Unset = UNSET
        if not isinstance(self.meeting_start_time, Unset):
            meeting_start_time = self.meeting_start_time.isoformat()

        meeting_end_time: str | Unset = UNSET
        if not isinstance(self.meeting_end_time, Unset):
            meeting_end_time = self.meeting_end_time.isoformat()

        meeting_platform = self.meeting_platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meeting_url is not UNSET:
            field_dict["meeting_url"] = meeting_url
        if meeting_title is not UNSET:
            field_dict["meeting_title"] = meeting_title
        if meeting_start_time is not UNSET:
            field_dict["meeting_start_time"] = meeting_start_time
        if meeting_end_time is not UNSET:
            field_dict["meeting_end_time"] = meeting_end_time
        if meeting_platform is not UNSET:
            field_dict["meeting_platform"] = meeting_platform

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    meeting_url = src_dict["meeting_url"]
                    meeting_title = src_dict["meeting_title"]
                    meeting_start_time = src_dict["meeting_start_time"]
                    meeting_end_time = src_dict["meeting_end_time"]
                    meeting_platform = src_dict["meeting_platform"]
                except KeyError:
                    _whole = False
            if not _whole:
                meeting_url = src_dict.get("meeting_url", UNSET)
                meeting_title = src_dict.get("meeting_title", UNSET)
                meeting_start_time = src_dict.get("meeting_start_time", UNSET)
                meeting_end_time = src_dict.get("meeting_end_time", UNSET)
                meeting_platform = src_dict.get("meeting_platform", UNSET)

            if meeting_start_time is not UNSET:
                _field = "meeting_start_time"
                try:
                    meeting_start_time = _fromisoformat(meeting_start_time)
                except ValueError:
                    meeting_start_time = _datetime_fallback(meeting_start_time)

            if meeting_end_time is not UNSET:
                _field = "meeting_end_time"
                try:
                    meeting_end_time = _fromisoformat(meeting_end_time)
                except ValueError:
                    meeting_end_time = _datetime_fallback(meeting_end_time)

            if _whole or len(src_dict) == (meeting_url is not UNSET) + (meeting_title is not UNSET) + (
                meeting_start_time is not UNSET
            ) + (meeting_end_time is not UNSET) + (meeting_platform is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.meeting_url = meeting_url
        _model.meeting_title = meeting_title
        _model.meeting_start_time = meeting_start_time
        _model.meeting_end_time = meeting_end_time
        _model.meeting_platform = meeting_platform
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

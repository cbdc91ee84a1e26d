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
from ..models.log_category import LogCategory
from ..models.log_level import LogLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CallLogEntry")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_log_level_member = LogLevel._value2member_map_.get
_log_category_member = LogCategory._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "timestamp", "level", "category", "event", "call_id", "trace_id", "data"))


@_attrs_define
class CallLogEntry:
    """One event of a call's customer-visible log. Vendor schema `CallLogResponse`.

    Attributes:
        id (UUID):
        timestamp (datetime.datetime): When the event happened.
        level (LogLevel): Severity of a call log event.
        category (LogCategory): Category of a call log event.
        event (str): Event name (the exact vocabulary is not documented).
        call_id (None | Unset | UUID):
        trace_id (None | str | Unset): Trace the event belongs to (see `getCallTrace`).
        data (JsonObject | None | Unset): Event specifics, e.g. message text or failure reason.
    """

    id: UUID
    timestamp: datetime.datetime
    level: LogLevel
    category: LogCategory
    event: str
    call_id: None | Unset | UUID = UNSET
    trace_id: None | str | Unset = UNSET
    data: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        id = str(self.id)

        timestamp = self.timestamp.isoformat()

        level = self.level.value

        category = self.category.value

        event = self.event

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        elif isinstance(self.call_id, UUID):
            call_id = str(self.call_id)
        else:
            call_id = self.call_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, JsonObject):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "level": level,
                "category": category,
                "event": event,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "timestamp"
            try:
                timestamp = _fromisoformat(src_dict["timestamp"])
            except ValueError:
                timestamp = _datetime_fallback(src_dict["timestamp"])

            _field = "level"
            level = src_dict["level"]
            level = _log_level_member(level) or LogLevel(level)

            _field = "category"
            category = src_dict["category"]
            category = _log_category_member(category) or LogCategory(category)

            event = src_dict["event"]

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    call_id = src_dict["call_id"]
                    trace_id = src_dict["trace_id"]
                    data = src_dict["data"]
                except KeyError:
                    _whole = False
            if not _whole:
                call_id = src_dict.get("call_id", UNSET)
                trace_id = src_dict.get("trace_id", UNSET)
                data = src_dict.get("data", UNSET)
            if call_id is not UNSET and call_id is not None:
                _field = "call_id"
                call_id = _uuid_from_wire(call_id)

            if data is not UNSET and data is not None:
                _field = "data"
                data = _models.JsonObject.from_dict(data)

            if _whole or len(src_dict) == 5 + (call_id is not UNSET) + (trace_id is not UNSET) + (data is not UNSET):
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
        _model.timestamp = timestamp
        _model.level = level
        _model.category = category
        _model.event = event
        _model.call_id = call_id
        _model.trace_id = trace_id
        _model.data = data
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

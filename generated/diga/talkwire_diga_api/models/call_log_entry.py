from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_category import LogCategory
from ..models.log_level import LogLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CallLogEntry")


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
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        level = LogLevel(d.pop("level"))

        category = LogCategory(d.pop("category"))

        event = d.pop("event")

        def _parse_call_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_id_type_0 = UUID(data)

                return call_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_data(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = JsonObject.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        data = _parse_data(d.pop("data", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.timestamp = timestamp
        _model.level = level
        _model.category = category
        _model.event = event
        _model.call_id = call_id
        _model.trace_id = trace_id
        _model.data = data

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

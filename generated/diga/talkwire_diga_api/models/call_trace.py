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
    from ..models.trace_span import TraceSpan


T = TypeVar("T", bound="CallTrace")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("id", "span_count", "call_id", "root_service", "start_time", "end_time", "duration_ms", "spans")
)


@_attrs_define
class CallTrace:
    """Distributed trace of a call. Vendor schema `TraceResponse`.

    Attributes:
        id (str):
        span_count (int): Number of spans.
        call_id (None | Unset | UUID):
        root_service (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        duration_ms (float | None | Unset): Duration in milliseconds.
        spans (list[TraceSpan] | Unset): Root spans; children nest.
    """

    id: str
    span_count: int
    call_id: None | Unset | UUID = UNSET
    root_service: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    duration_ms: float | None | Unset = UNSET
    spans: list[TraceSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        span_count = self.span_count

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        elif isinstance(self.call_id, UUID):
            call_id = str(self.call_id)
        else:
            call_id = self.call_id

        root_service: None | str | Unset
        if isinstance(self.root_service, Unset):
            root_service = UNSET
        else:
            root_service = self.root_service

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

        duration_ms: float | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "span_count": span_count,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if root_service is not UNSET:
            field_dict["root_service"] = root_service
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            id = src_dict["id"]

            span_count = src_dict["span_count"]

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    call_id = src_dict["call_id"]
                    root_service = src_dict["root_service"]
                    start_time = src_dict["start_time"]
                    end_time = src_dict["end_time"]
                    duration_ms = src_dict["duration_ms"]
                    spans = src_dict["spans"]
                except KeyError:
                    _whole = False
            if not _whole:
                call_id = src_dict.get("call_id", UNSET)
                root_service = src_dict.get("root_service", UNSET)
                start_time = src_dict.get("start_time", UNSET)
                end_time = src_dict.get("end_time", UNSET)
                duration_ms = src_dict.get("duration_ms", UNSET)
                spans = src_dict.get("spans", UNSET)
            if call_id is not UNSET and call_id is not None:
                _field = "call_id"
                call_id = _uuid_from_wire(call_id)

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

            if spans is not UNSET:
                _field = "spans"
                _items = []
                _read_item = _models.TraceSpan.from_dict
                for _item in spans:
                    _items.append(_read_item(_item))
                spans = _items
                _items = None

            if _whole or len(src_dict) == 2 + (call_id is not UNSET) + (root_service is not UNSET) + (
                start_time is not UNSET
            ) + (end_time is not UNSET) + (duration_ms is not UNSET) + (spans is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.span_count = span_count
        _model.call_id = call_id
        _model.root_service = root_service
        _model.start_time = start_time
        _model.end_time = end_time
        _model.duration_ms = duration_ms
        _model.spans = spans
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

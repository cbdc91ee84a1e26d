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
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TraceSpan")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "operation_name",
        "service_name",
        "start_time",
        "duration_ms",
        "parent_span_id",
        "status",
        "tags",
        "children",
    )
)


@_attrs_define
class TraceSpan:
    """One span of a call trace; `children` nest the span tree. Vendor schema `SpanResponse`.

    Attributes:
        id (str):
        operation_name (str):
        service_name (str):
        start_time (datetime.datetime):
        duration_ms (float): Duration in milliseconds.
        parent_span_id (None | str | Unset):
        status (None | str | Unset):
        tags (JsonObject | Unset): An arbitrary JSON object whose shape the vendor does not document (settings,
            payloads, templates, JSON Schemas...). Every key is kept.
        children (list[TraceSpan] | None | Unset): Child spans.
    """

    id: str
    operation_name: str
    service_name: str
    start_time: datetime.datetime
    duration_ms: float
    parent_span_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    tags: JsonObject | Unset = UNSET
    children: list[TraceSpan] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operation_name = self.operation_name

        service_name = self.service_name

        start_time = self.start_time.isoformat()

        duration_ms = self.duration_ms

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "operation_name": operation_name,
                "service_name": service_name,
                "start_time": start_time,
                "duration_ms": duration_ms,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            id = src_dict["id"]

            operation_name = src_dict["operation_name"]

            service_name = src_dict["service_name"]

            _field = "start_time"
            try:
                start_time = _fromisoformat(src_dict["start_time"])
            except ValueError:
                start_time = _datetime_fallback(src_dict["start_time"])

            duration_ms = src_dict["duration_ms"]

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    parent_span_id = src_dict["parent_span_id"]
                    status = src_dict["status"]
                    tags = src_dict["tags"]
                    children = src_dict["children"]
                except KeyError:
                    _whole = False
            if not _whole:
                parent_span_id = src_dict.get("parent_span_id", UNSET)
                status = src_dict.get("status", UNSET)
                tags = src_dict.get("tags", UNSET)
                children = src_dict.get("children", UNSET)

            if tags is not UNSET:
                _field = "tags"
                tags = _models.JsonObject.from_dict(tags)

            if children is not UNSET and children is not None:
                _field = "children"
                if not isinstance(children, list):
                    _not_valid(children, "list[TraceSpan] | None")
                _items = []
                _read_item = _models.TraceSpan.from_dict
                for _item in children:
                    _items.append(_read_item(_item))
                children = _items
                _items = None

            if _whole or len(src_dict) == 5 + (parent_span_id is not UNSET) + (status is not UNSET) + (
                tags is not UNSET
            ) + (children is not UNSET):
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
        _model.operation_name = operation_name
        _model.service_name = service_name
        _model.start_time = start_time
        _model.duration_ms = duration_ms
        _model.parent_span_id = parent_span_id
        _model.status = status
        _model.tags = tags
        _model.children = children
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

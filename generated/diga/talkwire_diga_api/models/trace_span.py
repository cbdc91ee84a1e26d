from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TraceSpan")


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
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("id")

        operation_name = d.pop("operation_name")

        service_name = d.pop("service_name")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        duration_ms = d.pop("duration_ms")

        def _parse_parent_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_span_id = _parse_parent_span_id(d.pop("parent_span_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: JsonObject | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JsonObject.from_dict(_tags)

        def _parse_children(data: object) -> list[TraceSpan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = TraceSpan.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[TraceSpan] | None")

        children = _parse_children(d.pop("children", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.operation_name = operation_name
        _model.service_name = service_name
        _model.start_time = start_time
        _model.duration_ms = duration_ms
        _model.parent_span_id = parent_span_id
        _model.status = status
        _model.tags = tags
        _model.children = children

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

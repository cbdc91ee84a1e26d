from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..models.knowledge_item_status import KnowledgeItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextKnowledgeItem")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_knowledge_item_status_member = KnowledgeItemStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("id", "name", "created_date", "status", "category", "size_bytes", "knowledge_base_id", "content")
)


@_attrs_define
class TextKnowledgeItem:
    """A knowledge item from raw text. Vendor schema `TextKnowledgeItemResponse`.

    Attributes:
        id (UUID):
        name (str):
        created_date (datetime.datetime):
        status (KnowledgeItemStatus): Indexing status of a knowledge item.
        category (Literal['txt'] | Unset):  Default: 'txt'.
        size_bytes (int | None | Unset): Size in bytes.
        knowledge_base_id (None | Unset | UUID): Knowledge base the item belongs to, if any.
        content (None | str | Unset): The text.
    """

    id: UUID
    name: str
    created_date: datetime.datetime
    status: KnowledgeItemStatus
    category: Literal["txt"] | Unset = "txt"
    size_bytes: int | None | Unset = UNSET
    knowledge_base_id: None | Unset | UUID = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_date = self.created_date.isoformat()

        status = self.status.value

        category = self.category

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        knowledge_base_id: None | str | Unset
        if isinstance(self.knowledge_base_id, Unset):
            knowledge_base_id = UNSET
        elif isinstance(self.knowledge_base_id, UUID):
            knowledge_base_id = str(self.knowledge_base_id)
        else:
            knowledge_base_id = self.knowledge_base_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_date": created_date,
                "status": status,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if knowledge_base_id is not UNSET:
            field_dict["knowledge_base_id"] = knowledge_base_id
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "created_date"
            try:
                created_date = _fromisoformat(src_dict["created_date"])
            except ValueError:
                created_date = _datetime_fallback(src_dict["created_date"])

            _field = "status"
            status = src_dict["status"]
            status = _knowledge_item_status_member(status) or KnowledgeItemStatus(status)

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    category = src_dict["category"]
                    size_bytes = src_dict["size_bytes"]
                    knowledge_base_id = src_dict["knowledge_base_id"]
                    content = src_dict["content"]
                except KeyError:
                    _whole = False
            if not _whole:
                category = src_dict.get("category", UNSET)
                size_bytes = src_dict.get("size_bytes", UNSET)
                knowledge_base_id = src_dict.get("knowledge_base_id", UNSET)
                content = src_dict.get("content", UNSET)
            _field = "category"
            category = cast(Literal["txt"] | Unset, category)
            if category != "txt" and not isinstance(category, Unset):
                raise ValueError(f"category must match const 'txt', got '{category}'")

            if knowledge_base_id is not UNSET and knowledge_base_id is not None:
                _field = "knowledge_base_id"
                knowledge_base_id = _uuid_from_wire(knowledge_base_id)

            if _whole or len(src_dict) == 4 + (category is not UNSET) + (size_bytes is not UNSET) + (
                knowledge_base_id is not UNSET
            ) + (content is not UNSET):
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
        _model.created_date = created_date
        _model.status = status
        _model.category = category
        _model.size_bytes = size_bytes
        _model.knowledge_base_id = knowledge_base_id
        _model.content = content
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

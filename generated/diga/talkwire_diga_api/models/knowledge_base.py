from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
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
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBase")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "knowledge_item_ids", "item_count", "created_date", "description"))


@_attrs_define
class KnowledgeBase:
    """A knowledge base: a named set of knowledge items. Vendor schema `KnowledgeBaseResponseSchema`.

    Attributes:
        id (UUID):
        name (str):
        knowledge_item_ids (list[UUID]): Items in the base.
        item_count (int): Number of items.
        created_date (datetime.datetime | None | Unset):
        description (None | str | Unset):
    """

    id: UUID
    name: str
    knowledge_item_ids: list[UUID]
    item_count: int
    created_date: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        knowledge_item_ids = []
        for knowledge_item_ids_item_data in self.knowledge_item_ids:
            knowledge_item_ids_item = str(knowledge_item_ids_item_data)
            knowledge_item_ids.append(knowledge_item_ids_item)

        item_count = self.item_count

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "knowledge_item_ids": knowledge_item_ids,
                "item_count": item_count,
            }
        )
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "knowledge_item_ids"
            _items = []
            _read_item = _uuid_from_wire
            for _item in src_dict["knowledge_item_ids"]:
                _items.append(_read_item(_item))
            knowledge_item_ids = _items
            _items = None

            item_count = src_dict["item_count"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    created_date = src_dict["created_date"]
                    description = src_dict["description"]
                except KeyError:
                    _whole = False
            if not _whole:
                created_date = src_dict.get("created_date", UNSET)
                description = src_dict.get("description", UNSET)
            if created_date is not UNSET and created_date is not None:
                _field = "created_date"
                try:
                    created_date = _fromisoformat(created_date)
                except ValueError:
                    created_date = _datetime_fallback(created_date)

            if _whole or len(src_dict) == 4 + (created_date is not UNSET) + (description is not UNSET):
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
        _model.name = name
        _model.knowledge_item_ids = knowledge_item_ids
        _model.item_count = item_count
        _model.created_date = created_date
        _model.description = description
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

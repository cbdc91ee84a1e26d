from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBase")


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
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        knowledge_item_ids = []
        _knowledge_item_ids = d.pop("knowledge_item_ids")
        for knowledge_item_ids_item_data in _knowledge_item_ids:
            knowledge_item_ids_item = UUID(knowledge_item_ids_item_data)

            knowledge_item_ids.append(knowledge_item_ids_item)

        item_count = d.pop("item_count")

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = datetime.datetime.fromisoformat(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        created_date = _parse_created_date(d.pop("created_date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.knowledge_item_ids = knowledge_item_ids
        _model.item_count = item_count
        _model.created_date = created_date
        _model.description = description

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

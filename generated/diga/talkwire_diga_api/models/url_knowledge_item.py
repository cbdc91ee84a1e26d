from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_item_status import KnowledgeItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlKnowledgeItem")


@_attrs_define
class UrlKnowledgeItem:
    """A knowledge item from a crawled URL. Vendor schema `URLKnowledgeItemResponse`.

    Attributes:
        id (UUID):
        name (str):
        created_date (datetime.datetime):
        status (KnowledgeItemStatus): Indexing status of a knowledge item.
        url (str): The crawled URL.
        category (Literal['url'] | Unset):  Default: 'url'.
        size_bytes (int | None | Unset): Size in bytes.
        knowledge_base_id (None | Unset | UUID): Knowledge base the item belongs to, if any.
    """

    id: UUID
    name: str
    created_date: datetime.datetime
    status: KnowledgeItemStatus
    url: str
    category: Literal["url"] | Unset = "url"
    size_bytes: int | None | Unset = UNSET
    knowledge_base_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_date = self.created_date.isoformat()

        status = self.status.value

        url = self.url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_date": created_date,
                "status": status,
                "url": url,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if knowledge_base_id is not UNSET:
            field_dict["knowledge_base_id"] = knowledge_base_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        status = KnowledgeItemStatus(d.pop("status"))

        url = d.pop("url")

        category = cast(Literal["url"] | Unset, d.pop("category", UNSET))
        if category != "url" and not isinstance(category, Unset):
            raise ValueError(f"category must match const 'url', got '{category}'")

        def _parse_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes", UNSET))

        def _parse_knowledge_base_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                knowledge_base_id_type_0 = UUID(data)

                return knowledge_base_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        knowledge_base_id = _parse_knowledge_base_id(d.pop("knowledge_base_id", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.created_date = created_date
        _model.status = status
        _model.url = url
        _model.category = category
        _model.size_bytes = size_bytes
        _model.knowledge_base_id = knowledge_base_id

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

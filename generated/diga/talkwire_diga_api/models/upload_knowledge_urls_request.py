from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_url import KnowledgeUrl


T = TypeVar("T", bound="UploadKnowledgeUrlsRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("items", "knowledge_base_id"))


@_attrs_define
class UploadKnowledgeUrlsRequest:
    """URLs to crawl into knowledge items. Vendor schema `URLKnowledgeItemRequest`.

    Attributes:
        items (list[KnowledgeUrl]):
        knowledge_base_id (None | Unset | UUID): Knowledge base to add the item(s) to.
    """

    items: list[KnowledgeUrl]
    knowledge_base_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
                "items": items,
            }
        )
        if knowledge_base_id is not UNSET:
            field_dict["knowledge_base_id"] = knowledge_base_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "items"
            _items = []
            _read_item = _models.KnowledgeUrl.from_dict
            for _item in src_dict["items"]:
                _items.append(_read_item(_item))
            items = _items
            _items = None

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    knowledge_base_id = src_dict["knowledge_base_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                knowledge_base_id = src_dict.get("knowledge_base_id", UNSET)
            if knowledge_base_id is not UNSET and knowledge_base_id is not None:
                _field = "knowledge_base_id"
                knowledge_base_id = _uuid_from_wire(knowledge_base_id)

            if _whole or len(src_dict) == 1 + (knowledge_base_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.items = items
        _model.knowledge_base_id = knowledge_base_id
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

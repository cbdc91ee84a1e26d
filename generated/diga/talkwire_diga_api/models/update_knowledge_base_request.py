from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateKnowledgeBaseRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "description", "knowledge_item_ids"))


@_attrs_define
class UpdateKnowledgeBaseRequest:
    """Partial update of a knowledge base. Vendor schema `KnowledgeBaseUpdateSchema`.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        knowledge_item_ids (list[str] | None | Unset): Items in the base (replaces the list).
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    knowledge_item_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        knowledge_item_ids: list[str] | None | Unset
        if isinstance(self.knowledge_item_ids, Unset):
            knowledge_item_ids = UNSET
        elif isinstance(self.knowledge_item_ids, list):
            knowledge_item_ids = self.knowledge_item_ids

        else:
            knowledge_item_ids = self.knowledge_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if knowledge_item_ids is not UNSET:
            field_dict["knowledge_item_ids"] = knowledge_item_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    name = src_dict["name"]
                    description = src_dict["description"]
                    knowledge_item_ids = src_dict["knowledge_item_ids"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                description = src_dict.get("description", UNSET)
                knowledge_item_ids = src_dict.get("knowledge_item_ids", UNSET)

            if knowledge_item_ids is not UNSET and knowledge_item_ids is not None:
                _field = "knowledge_item_ids"
                if not isinstance(knowledge_item_ids, list):
                    _not_valid(knowledge_item_ids, "list[str] | None")

            if _whole or len(src_dict) == (name is not UNSET) + (description is not UNSET) + (
                knowledge_item_ids is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.description = description
        _model.knowledge_item_ids = knowledge_item_ids
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

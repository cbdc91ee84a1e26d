from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKnowledgeBaseRequest")


@_attrs_define
class CreateKnowledgeBaseRequest:
    """A new knowledge base built from existing knowledge items. Vendor schema `KnowledgeBaseCreateSchema`.

    Attributes:
        name (str):
        description (None | str | Unset):
        knowledge_item_ids (list[str] | None | Unset): Plain strings (UUIDs expected).
    """

    name: str
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
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if knowledge_item_ids is not UNSET:
            field_dict["knowledge_item_ids"] = knowledge_item_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_knowledge_item_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                knowledge_item_ids_type_0 = cast(list[str], data)

                return knowledge_item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        knowledge_item_ids = _parse_knowledge_item_ids(d.pop("knowledge_item_ids", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.description = description
        _model.knowledge_item_ids = knowledge_item_ids

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

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models import (
    _field_failed,
    _new_object,
)
from ..models.knowledge_item_category import KnowledgeItemCategory
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadKnowledgeFilesRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_knowledge_item_category_member = KnowledgeItemCategory._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("file", "name", "category"))


@_attrs_define
class UploadKnowledgeFilesRequest:
    """Multipart form of `uploadKnowledgeFiles`. INFERRED: the vendor's spec does not model this body; the part names
    `file`, `name` and `category` come from the vendor's prose. Whether several files can be sent at once, and whether a
    knowledge-base part exists, is unconfirmed.

        Attributes:
            file (File): The document to index.
            name (str | Unset): Display name of the item (presumably defaults to the file name).
            category (KnowledgeItemCategory | Unset): Kind of knowledge item: uploaded file, text (`txt`) or crawled URL.
    """

    file: File
    name: str | Unset = UNSET
    category: KnowledgeItemCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        name = self.name

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.category, Unset):
            files.append(("category", (None, str(self.category.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "file"
            file = File(payload=BytesIO(src_dict["file"]))

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    name = src_dict["name"]
                    category = src_dict["category"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                category = src_dict.get("category", UNSET)

            if category is not UNSET:
                _field = "category"
                category = _knowledge_item_category_member(category) or KnowledgeItemCategory(category)

            if _whole or len(src_dict) == 1 + (name is not UNSET) + (category is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.file = file
        _model.name = name
        _model.category = category
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.failed_knowledge_item import FailedKnowledgeItem
    from ..models.file_knowledge_item import FileKnowledgeItem


T = TypeVar("T", bound="KnowledgeFilesUploadResult")


@_attrs_define
class KnowledgeFilesUploadResult:
    """Items created from uploaded files, and the files that failed. Vendor schema `FileUploadResponse`.

    Attributes:
        successful_items (list[FileKnowledgeItem]):
        failed_items (list[FailedKnowledgeItem]):
    """

    successful_items: list[FileKnowledgeItem]
    failed_items: list[FailedKnowledgeItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_items = []
        for successful_items_item_data in self.successful_items:
            successful_items_item = successful_items_item_data.to_dict()
            successful_items.append(successful_items_item)

        failed_items = []
        for failed_items_item_data in self.failed_items:
            failed_items_item = failed_items_item_data.to_dict()
            failed_items.append(failed_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful_items": successful_items,
                "failed_items": failed_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_knowledge_item import FailedKnowledgeItem
        from ..models.file_knowledge_item import FileKnowledgeItem

        d = dict(src_dict)
        successful_items = []
        _successful_items = d.pop("successful_items")
        for successful_items_item_data in _successful_items:
            successful_items_item = FileKnowledgeItem.from_dict(successful_items_item_data)

            successful_items.append(successful_items_item)

        failed_items = []
        _failed_items = d.pop("failed_items")
        for failed_items_item_data in _failed_items:
            failed_items_item = FailedKnowledgeItem.from_dict(failed_items_item_data)

            failed_items.append(failed_items_item)

        _model = cls.__new__(cls)
        _model.successful_items = successful_items
        _model.failed_items = failed_items

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConversationLogsResponse200Pagination")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("page", "pageSize", "totalPages", "totalCount", "hasMore", "pageCount"))


@_attrs_define
class ListConversationLogsResponse200Pagination:
    """
    Attributes:
        page (int | Unset):  Example: 1.
        page_size (int | Unset):  Example: 20.
        total_pages (int | Unset):  Example: 262.
        total_count (int | Unset):  Example: 5231.
        has_more (bool | Unset):  Example: True.
        page_count (int | Unset):  Example: 262.
    """

    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_count: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    page_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        total_count = self.total_count

        has_more = self.has_more

        page_count = self.page_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 6
            if _whole:
                try:
                    page = src_dict["page"]
                    page_size = src_dict["pageSize"]
                    total_pages = src_dict["totalPages"]
                    total_count = src_dict["totalCount"]
                    has_more = src_dict["hasMore"]
                    page_count = src_dict["pageCount"]
                except KeyError:
                    _whole = False
            if not _whole:
                page = src_dict.get("page", UNSET)
                page_size = src_dict.get("pageSize", UNSET)
                total_pages = src_dict.get("totalPages", UNSET)
                total_count = src_dict.get("totalCount", UNSET)
                has_more = src_dict.get("hasMore", UNSET)
                page_count = src_dict.get("pageCount", UNSET)

            if _whole or len(src_dict) == (page is not UNSET) + (page_size is not UNSET) + (
                total_pages is not UNSET
            ) + (total_count is not UNSET) + (has_more is not UNSET) + (page_count is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.page = page
        _model.page_size = page_size
        _model.total_pages = total_pages
        _model.total_count = total_count
        _model.has_more = has_more
        _model.page_count = page_count
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

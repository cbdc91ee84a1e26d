from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
)

T = TypeVar("T", bound="Pagination")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("page", "limit", "total", "pages", "has_next", "has_prev"))


@_attrs_define
class Pagination:
    """Page information of list responses (documented; it sits next to `data`, not inside `meta`). The page count is called
    `pages` in the document (not `total_pages`).

        Attributes:
            page (int): This page's number (first page is 1).
            limit (int): Page size.
            total (int): Total number of items over all pages.
            pages (int): Total number of pages.
            has_next (bool): Whether a next page exists; false on the last page.
            has_prev (bool): Whether a previous page exists.
    """

    page: int
    limit: int
    total: int
    pages: int
    has_next: bool
    has_prev: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total = self.total

        pages = self.pages

        has_next = self.has_next

        has_prev = self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "total": total,
                "pages": pages,
                "has_next": has_next,
                "has_prev": has_prev,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            page = src_dict["page"]

            limit = src_dict["limit"]

            total = src_dict["total"]

            pages = src_dict["pages"]

            has_next = src_dict["has_next"]

            has_prev = src_dict["has_prev"]

            if len(src_dict) == 6:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.page = page
        _model.limit = limit
        _model.total = total
        _model.pages = pages
        _model.has_next = has_next
        _model.has_prev = has_prev
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

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
    from ..models.project_member import ProjectMember


T = TypeVar("T", bound="ProjectMemberPage")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("data", "has_more", "first_id", "last_id", "current_page", "total_pages"))


@_attrs_define
class ProjectMemberPage:
    """One page of `ProjectMember` items (the vendor's `Page<T>` envelope). Cursor semantics are unconfirmed: `last_id`
    presumably feeds `after` for the next page, `first_id` `before` for the previous one.

        Attributes:
            data (list[ProjectMember]): The items of this page.
            has_more (bool): Whether more items follow.
            first_id (None | Unset | UUID): Id of the first item in `data` (presumably).
            last_id (None | Unset | UUID): Id of the last item in `data` (presumably the next `after`).
            current_page (int | None | Unset): Current page number (2026 revisions; may be absent or null).
            total_pages (int | None | Unset): Number of pages (2026 revisions; may be absent or null).
    """

    data: list[ProjectMember]
    has_more: bool
    first_id: None | Unset | UUID = UNSET
    last_id: None | Unset | UUID = UNSET
    current_page: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        elif isinstance(self.first_id, UUID):
            first_id = str(self.first_id)
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        elif isinstance(self.last_id, UUID):
            last_id = str(self.last_id)
        else:
            last_id = self.last_id

        current_page: int | None | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "data"
            _items = []
            _read_item = _models.ProjectMember.from_dict
            for _item in src_dict["data"]:
                _items.append(_read_item(_item))
            data = _items
            _items = None

            has_more = src_dict["has_more"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    first_id = src_dict["first_id"]
                    last_id = src_dict["last_id"]
                    current_page = src_dict["current_page"]
                    total_pages = src_dict["total_pages"]
                except KeyError:
                    _whole = False
            if not _whole:
                first_id = src_dict.get("first_id", UNSET)
                last_id = src_dict.get("last_id", UNSET)
                current_page = src_dict.get("current_page", UNSET)
                total_pages = src_dict.get("total_pages", UNSET)
            if first_id is not UNSET and first_id is not None:
                _field = "first_id"
                first_id = _uuid_from_wire(first_id)

            if last_id is not UNSET and last_id is not None:
                _field = "last_id"
                last_id = _uuid_from_wire(last_id)

            if _whole or len(src_dict) == 2 + (first_id is not UNSET) + (last_id is not UNSET) + (
                current_page is not UNSET
            ) + (total_pages is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.data = data
        _model.has_more = has_more
        _model.first_id = first_id
        _model.last_id = last_id
        _model.current_page = current_page
        _model.total_pages = total_pages
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

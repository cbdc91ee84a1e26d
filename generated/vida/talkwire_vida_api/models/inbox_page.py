from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbox_room import InboxRoom


T = TypeVar("T", bound="InboxPage")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("pageSize", "pageNumber", "totalRooms", "rooms"))


@_attrs_define
class InboxPage:
    """One page of inbox rooms (page numbers start at 0).

    Attributes:
        page_size (float | Unset):  Example: 20.
        page_number (float | Unset):  Example: 0.
        total_rooms (float | Unset):  Example: 100.
        rooms (list[InboxRoom] | Unset):
    """

    page_size: float | Unset = UNSET
    page_number: float | Unset = UNSET
    total_rooms: float | Unset = UNSET
    rooms: list[InboxRoom] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        page_number = self.page_number

        total_rooms = self.total_rooms

        rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rooms, Unset):
            rooms = []
            for rooms_item_data in self.rooms:
                rooms_item = rooms_item_data.to_dict()
                rooms.append(rooms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if total_rooms is not UNSET:
            field_dict["totalRooms"] = total_rooms
        if rooms is not UNSET:
            field_dict["rooms"] = rooms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    page_size = src_dict["pageSize"]
                    page_number = src_dict["pageNumber"]
                    total_rooms = src_dict["totalRooms"]
                    rooms = src_dict["rooms"]
                except KeyError:
                    _whole = False
            if not _whole:
                page_size = src_dict.get("pageSize", UNSET)
                page_number = src_dict.get("pageNumber", UNSET)
                total_rooms = src_dict.get("totalRooms", UNSET)
                rooms = src_dict.get("rooms", UNSET)

            if rooms is not UNSET:
                _field = "rooms"
                _items = []
                _read_item = _models.InboxRoom.from_dict
                for _item in rooms:
                    _items.append(_read_item(_item))
                rooms = _items
                _items = None

            if _whole or len(src_dict) == (page_size is not UNSET) + (page_number is not UNSET) + (
                total_rooms is not UNSET
            ) + (rooms is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.page_size = page_size
        _model.page_number = page_number
        _model.total_rooms = total_rooms
        _model.rooms = rooms
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

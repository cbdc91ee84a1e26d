from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _uuid_from_wire,
)

T = TypeVar("T", bound="BulkDeleteCallsRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("call_ids",))


@_attrs_define
class BulkDeleteCallsRequest:
    """Calls to delete (1–500 ids). Vendor schema `BulkDeleteCallRequest`.

    Attributes:
        call_ids (list[UUID]):
    """

    call_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_ids = []
        for call_ids_item_data in self.call_ids:
            call_ids_item = str(call_ids_item_data)
            call_ids.append(call_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_ids": call_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "call_ids"
            _items = []
            _read_item = _uuid_from_wire
            for _item in src_dict["call_ids"]:
                _items.append(_read_item(_item))
            call_ids = _items
            _items = None

            if len(src_dict) == 1:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = cls.__new__(cls)
        _model.call_ids = call_ids
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

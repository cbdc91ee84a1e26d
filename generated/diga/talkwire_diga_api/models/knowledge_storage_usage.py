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

T = TypeVar("T", bound="KnowledgeStorageUsage")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("used_bytes", "item_count", "limit_bytes"))


@_attrs_define
class KnowledgeStorageUsage:
    """Company-wide knowledge storage usage. Vendor schema `KnowledgeStorageUsageResponse`.

    Attributes:
        used_bytes (int): Storage used, in bytes.
        item_count (int): Number of items.
        limit_bytes (int | None | Unset): Null = no limit.
    """

    used_bytes: int
    item_count: int
    limit_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used_bytes = self.used_bytes

        item_count = self.item_count

        limit_bytes: int | None | Unset
        if isinstance(self.limit_bytes, Unset):
            limit_bytes = UNSET
        else:
            limit_bytes = self.limit_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "used_bytes": used_bytes,
                "item_count": item_count,
            }
        )
        if limit_bytes is not UNSET:
            field_dict["limit_bytes"] = limit_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            used_bytes = src_dict["used_bytes"]

            item_count = src_dict["item_count"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    limit_bytes = src_dict["limit_bytes"]
                except KeyError:
                    _whole = False
            if not _whole:
                limit_bytes = src_dict.get("limit_bytes", UNSET)

            if _whole or len(src_dict) == 2 + (limit_bytes is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.used_bytes = used_bytes
        _model.item_count = item_count
        _model.limit_bytes = limit_bytes
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

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
    from ..models.phone_call_summary import PhoneCallSummary


T = TypeVar("T", bound="PhoneCallList")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("phone_calls", "total", "next"))


@_attrs_define
class PhoneCallList:
    """
    Attributes:
        phone_calls (list[PhoneCallSummary]):
        total (int | Unset): How many phone calls there are in all.
        next_ (int | None | Unset): The next page's number; inferred to be `null` (or absent) on the last page.
    """

    phone_calls: list[PhoneCallSummary]
    total: int | Unset = UNSET
    next_: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_calls = []
        for phone_calls_item_data in self.phone_calls:
            phone_calls_item = phone_calls_item_data.to_dict()
            phone_calls.append(phone_calls_item)

        total = self.total

        next_: int | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_calls": phone_calls,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "phone_calls"
            _items = []
            _read_item = _models.PhoneCallSummary.from_dict
            for _item in src_dict["phone_calls"]:
                _items.append(_read_item(_item))
            phone_calls = _items
            _items = None

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    total = src_dict["total"]
                    next_ = src_dict["next"]
                except KeyError:
                    _whole = False
            if not _whole:
                total = src_dict.get("total", UNSET)
                next_ = src_dict.get("next", UNSET)

            if _whole or len(src_dict) == 1 + (total is not UNSET) + (next_ is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.phone_calls = phone_calls
        _model.total = total
        _model.next_ = next_
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

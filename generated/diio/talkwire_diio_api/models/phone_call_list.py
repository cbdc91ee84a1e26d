from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_call_summary import PhoneCallSummary


T = TypeVar("T", bound="PhoneCallList")


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
        from ..models.phone_call_summary import PhoneCallSummary

        d = dict(src_dict)
        phone_calls = []
        _phone_calls = d.pop("phone_calls")
        for phone_calls_item_data in _phone_calls:
            phone_calls_item = PhoneCallSummary.from_dict(phone_calls_item_data)

            phone_calls.append(phone_calls_item)

        total = d.pop("total", UNSET)

        def _parse_next_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        _model = cls.__new__(cls)
        _model.phone_calls = phone_calls
        _model.total = total
        _model.next_ = next_

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

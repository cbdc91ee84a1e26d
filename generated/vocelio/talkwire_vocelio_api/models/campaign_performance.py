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

T = TypeVar("T", bound="CampaignPerformance")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success_rate", "conversion_rate", "roi"))


@_attrs_define
class CampaignPerformance:
    """
    Attributes:
        success_rate (float | Unset): Percent.
        conversion_rate (float | Unset): Percent.
        roi (float | Unset): Return on investment as a ratio (4.85 in the example).
    """

    success_rate: float | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    roi: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_rate = self.success_rate

        conversion_rate = self.conversion_rate

        roi = self.roi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if roi is not UNSET:
            field_dict["roi"] = roi

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    success_rate = src_dict["success_rate"]
                    conversion_rate = src_dict["conversion_rate"]
                    roi = src_dict["roi"]
                except KeyError:
                    _whole = False
            if not _whole:
                success_rate = src_dict.get("success_rate", UNSET)
                conversion_rate = src_dict.get("conversion_rate", UNSET)
                roi = src_dict.get("roi", UNSET)

            if _whole or len(src_dict) == (success_rate is not UNSET) + (conversion_rate is not UNSET) + (
                roi is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.success_rate = success_rate
        _model.conversion_rate = conversion_rate
        _model.roi = roi
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

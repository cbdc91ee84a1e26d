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

T = TypeVar("T", bound="CallAnalysis")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("sentiment", "conversion", "quality_score"))


@_attrs_define
class CallAnalysis:
    """
    Attributes:
        sentiment (str | Unset): Overall sentiment (`positive` in the example; values not listed).
        conversion (bool | Unset): Whether the call converted.
        quality_score (float | Unset): Call quality score (4.6 in the example; the scale is not documented, 0-5
            presumably).
    """

    sentiment: str | Unset = UNSET
    conversion: bool | Unset = UNSET
    quality_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment = self.sentiment

        conversion = self.conversion

        quality_score = self.quality_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    sentiment = src_dict["sentiment"]
                    conversion = src_dict["conversion"]
                    quality_score = src_dict["quality_score"]
                except KeyError:
                    _whole = False
            if not _whole:
                sentiment = src_dict.get("sentiment", UNSET)
                conversion = src_dict.get("conversion", UNSET)
                quality_score = src_dict.get("quality_score", UNSET)

            if _whole or len(src_dict) == (sentiment is not UNSET) + (conversion is not UNSET) + (
                quality_score is not UNSET
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
        _model.sentiment = sentiment
        _model.conversion = conversion
        _model.quality_score = quality_score
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

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

T = TypeVar("T", bound="VoiceSettings")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("stability", "similarity_boost"))


@_attrs_define
class VoiceSettings:
    """Provider voice settings (ElevenLabs-style; the document gives no ranges, the examples use values between 0 and 1).

    Attributes:
        stability (float | Unset):
        similarity_boost (float | Unset):
    """

    stability: float | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability = self.stability

        similarity_boost = self.similarity_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    stability = src_dict["stability"]
                    similarity_boost = src_dict["similarity_boost"]
                except KeyError:
                    _whole = False
            if not _whole:
                stability = src_dict.get("stability", UNSET)
                similarity_boost = src_dict.get("similarity_boost", UNSET)

            if _whole or len(src_dict) == (stability is not UNSET) + (similarity_boost is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.stability = stability
        _model.similarity_boost = similarity_boost
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

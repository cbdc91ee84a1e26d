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

T = TypeVar("T", bound="GeneratedSpeech")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("audio_url", "duration", "characters_used", "cost"))


@_attrs_define
class GeneratedSpeech:
    """
    Attributes:
        audio_url (str):
        duration (float | Unset): Audio length in seconds.
        characters_used (int | Unset):
        cost (float | Unset): Cost of the generation (currency not documented).
    """

    audio_url: str
    duration: float | Unset = UNSET
    characters_used: int | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        duration = self.duration

        characters_used = self.characters_used

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if characters_used is not UNSET:
            field_dict["characters_used"] = characters_used
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            audio_url = src_dict["audio_url"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    duration = src_dict["duration"]
                    characters_used = src_dict["characters_used"]
                    cost = src_dict["cost"]
                except KeyError:
                    _whole = False
            if not _whole:
                duration = src_dict.get("duration", UNSET)
                characters_used = src_dict.get("characters_used", UNSET)
                cost = src_dict.get("cost", UNSET)

            if _whole or len(src_dict) == 1 + (duration is not UNSET) + (characters_used is not UNSET) + (
                cost is not UNSET
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
        _model.audio_url = audio_url
        _model.duration = duration
        _model.characters_used = characters_used
        _model.cost = cost
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

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

T = TypeVar("T", bound="CallSettings")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("recording", "transcription", "max_duration"))


@_attrs_define
class CallSettings:
    """
    Attributes:
        recording (bool | Unset): Record the call.
        transcription (bool | Unset): Transcribe the call.
        max_duration (int | Unset): Maximum call length in seconds (1800 in the example).
    """

    recording: bool | Unset = UNSET
    transcription: bool | Unset = UNSET
    max_duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording = self.recording

        transcription = self.transcription

        max_duration = self.max_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recording is not UNSET:
            field_dict["recording"] = recording
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if max_duration is not UNSET:
            field_dict["max_duration"] = max_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    recording = src_dict["recording"]
                    transcription = src_dict["transcription"]
                    max_duration = src_dict["max_duration"]
                except KeyError:
                    _whole = False
            if not _whole:
                recording = src_dict.get("recording", UNSET)
                transcription = src_dict.get("transcription", UNSET)
                max_duration = src_dict.get("max_duration", UNSET)

            if _whole or len(src_dict) == (recording is not UNSET) + (transcription is not UNSET) + (
                max_duration is not UNSET
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
        _model.recording = recording
        _model.transcription = transcription
        _model.max_duration = max_duration
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

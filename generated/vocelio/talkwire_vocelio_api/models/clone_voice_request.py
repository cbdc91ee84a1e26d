from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CloneVoiceRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("audio_file", "voice_name", "description"))


@_attrs_define
class CloneVoiceRequest:
    """Multipart form of `cloneVoice` (documented form fields). Which fields are required is not documented; the audio file
    and the name are taken as required.

        Attributes:
            audio_file (File): Audio sample of the voice to clone (an `audio/*` file).
            voice_name (str):
            description (str | Unset):
    """

    audio_file: File
    voice_name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_file = self.audio_file.to_tuple()

        voice_name = self.voice_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_file": audio_file,
                "voice_name": voice_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("audio_file", self.audio_file.to_tuple()))

        files.append(("voice_name", (None, str(self.voice_name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "audio_file"
            audio_file = File(payload=BytesIO(src_dict["audio_file"]))

            voice_name = src_dict["voice_name"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    description = src_dict["description"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)

            if _whole or len(src_dict) == 2 + (description is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.audio_file = audio_file
        _model.voice_name = voice_name
        _model.description = description
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

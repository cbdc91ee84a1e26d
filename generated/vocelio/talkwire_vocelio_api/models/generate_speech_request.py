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
    from ..models.voice_settings import VoiceSettings


T = TypeVar("T", bound="GenerateSpeechRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("text", "voice_id", "settings"))


@_attrs_define
class GenerateSpeechRequest:
    """
    Attributes:
        text (str): Text to speak.
        voice_id (str):
        settings (VoiceSettings | Unset): Provider voice settings (ElevenLabs-style; the document gives no ranges, the
            examples use values between 0 and 1).
    """

    text: str
    voice_id: str
    settings: VoiceSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "voice_id": voice_id,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            text = src_dict["text"]

            voice_id = src_dict["voice_id"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    settings = src_dict["settings"]
                except KeyError:
                    _whole = False
            if not _whole:
                settings = src_dict.get("settings", UNSET)
            if settings is not UNSET:
                _field = "settings"
                settings = _models.VoiceSettings.from_dict(settings)

            if _whole or len(src_dict) == 2 + (settings is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.text = text
        _model.voice_id = voice_id
        _model.settings = settings
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

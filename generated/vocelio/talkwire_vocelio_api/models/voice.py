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
from ..models.voice_category import VoiceCategory
from ..models.voice_gender import VoiceGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_settings import VoiceSettings


T = TypeVar("T", bound="Voice")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_voice_gender_member = VoiceGender._value2member_map_.get
_voice_category_member = VoiceCategory._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "provider", "language", "gender", "category", "sample_url", "settings"))


@_attrs_define
class Voice:
    """
    Attributes:
        id (str):
        name (str):
        provider (str | Unset): TTS provider; the document lists no values (`elevenlabs` in the example), so this is not
            an enum.
        language (str | Unset): Language code, e.g. `en-US`.
        gender (VoiceGender | Unset):
        category (VoiceCategory | Unset):
        sample_url (str | Unset):
        settings (VoiceSettings | Unset): Provider voice settings (ElevenLabs-style; the document gives no ranges, the
            examples use values between 0 and 1).
    """

    id: str
    name: str
    provider: str | Unset = UNSET
    language: str | Unset = UNSET
    gender: VoiceGender | Unset = UNSET
    category: VoiceCategory | Unset = UNSET
    sample_url: str | Unset = UNSET
    settings: VoiceSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider = self.provider

        language = self.language

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        sample_url = self.sample_url

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if category is not UNSET:
            field_dict["category"] = category
        if sample_url is not UNSET:
            field_dict["sample_url"] = sample_url
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            id = src_dict["id"]

            name = src_dict["name"]

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    provider = src_dict["provider"]
                    language = src_dict["language"]
                    gender = src_dict["gender"]
                    category = src_dict["category"]
                    sample_url = src_dict["sample_url"]
                    settings = src_dict["settings"]
                except KeyError:
                    _whole = False
            if not _whole:
                provider = src_dict.get("provider", UNSET)
                language = src_dict.get("language", UNSET)
                gender = src_dict.get("gender", UNSET)
                category = src_dict.get("category", UNSET)
                sample_url = src_dict.get("sample_url", UNSET)
                settings = src_dict.get("settings", UNSET)

            if gender is not UNSET:
                _field = "gender"
                gender = _voice_gender_member(gender) or VoiceGender(gender)

            if category is not UNSET:
                _field = "category"
                category = _voice_category_member(category) or VoiceCategory(category)

            if settings is not UNSET:
                _field = "settings"
                settings = _models.VoiceSettings.from_dict(settings)

            if _whole or len(src_dict) == 2 + (provider is not UNSET) + (language is not UNSET) + (
                gender is not UNSET
            ) + (category is not UNSET) + (sample_url is not UNSET) + (settings is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.provider = provider
        _model.language = language
        _model.gender = gender
        _model.category = category
        _model.sample_url = sample_url
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

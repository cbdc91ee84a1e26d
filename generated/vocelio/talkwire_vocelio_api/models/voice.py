from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_category import VoiceCategory
from ..models.voice_gender import VoiceGender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_settings import VoiceSettings


T = TypeVar("T", bound="Voice")


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
        from ..models.voice_settings import VoiceSettings

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        provider = d.pop("provider", UNSET)

        language = d.pop("language", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = VoiceGender(_gender)

        _category = d.pop("category", UNSET)
        category: VoiceCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = VoiceCategory(_category)

        sample_url = d.pop("sample_url", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: VoiceSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = VoiceSettings.from_dict(_settings)

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.provider = provider
        _model.language = language
        _model.gender = gender
        _model.category = category
        _model.sample_url = sample_url
        _model.settings = settings

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

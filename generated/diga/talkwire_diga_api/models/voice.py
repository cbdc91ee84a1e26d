from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_provider import VoiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_preview_urls import VoicePreviewUrls


T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """A voice of the catalogue. Vendor schema `VoiceResponseSchema`.

    Attributes:
        id (UUID):
        name (str):
        provider (VoiceProvider): Provider of a voice (`listVoices` currently lists Gemini voices).
        provider_voice_id (str): The provider's id of the voice.
        is_favourite (bool): Whether the project marked the voice as favourite.
        preview_urls (None | Unset | VoicePreviewUrls): Keyed by language code; null when none.
        gender (None | str | Unset): Gender of the voice (values not documented).
    """

    id: UUID
    name: str
    provider: VoiceProvider
    provider_voice_id: str
    is_favourite: bool
    preview_urls: None | Unset | VoicePreviewUrls = UNSET
    gender: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voice_preview_urls import VoicePreviewUrls

        id = str(self.id)

        name = self.name

        provider = self.provider.value

        provider_voice_id = self.provider_voice_id

        is_favourite = self.is_favourite

        preview_urls: dict[str, Any] | None | Unset
        if isinstance(self.preview_urls, Unset):
            preview_urls = UNSET
        elif isinstance(self.preview_urls, VoicePreviewUrls):
            preview_urls = self.preview_urls.to_dict()
        else:
            preview_urls = self.preview_urls

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "provider": provider,
                "provider_voice_id": provider_voice_id,
                "is_favourite": is_favourite,
            }
        )
        if preview_urls is not UNSET:
            field_dict["preview_urls"] = preview_urls
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.voice_preview_urls import VoicePreviewUrls

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        provider = VoiceProvider(d.pop("provider"))

        provider_voice_id = d.pop("provider_voice_id")

        is_favourite = d.pop("is_favourite")

        def _parse_preview_urls(data: object) -> None | Unset | VoicePreviewUrls:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preview_urls_type_0 = VoicePreviewUrls.from_dict(data)

                return preview_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | VoicePreviewUrls")

        preview_urls = _parse_preview_urls(d.pop("preview_urls", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.provider = provider
        _model.provider_voice_id = provider_voice_id
        _model.is_favourite = is_favourite
        _model.preview_urls = preview_urls
        _model.gender = gender

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..models.voice_provider import VoiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_preview_urls import VoicePreviewUrls


T = TypeVar("T", bound="Voice")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_voice_provider_member = VoiceProvider._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "provider", "provider_voice_id", "is_favourite", "preview_urls", "gender"))


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
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "provider"
            provider = src_dict["provider"]
            provider = _voice_provider_member(provider) or VoiceProvider(provider)

            provider_voice_id = src_dict["provider_voice_id"]

            is_favourite = src_dict["is_favourite"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    preview_urls = src_dict["preview_urls"]
                    gender = src_dict["gender"]
                except KeyError:
                    _whole = False
            if not _whole:
                preview_urls = src_dict.get("preview_urls", UNSET)
                gender = src_dict.get("gender", UNSET)
            if preview_urls is not UNSET and preview_urls is not None:
                _field = "preview_urls"
                preview_urls = _models.VoicePreviewUrls.from_dict(preview_urls)

            if _whole or len(src_dict) == 5 + (preview_urls is not UNSET) + (gender is not UNSET):
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
        _model.provider_voice_id = provider_voice_id
        _model.is_favourite = is_favourite
        _model.preview_urls = preview_urls
        _model.gender = gender
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

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

T = TypeVar("T", bound="ListRecentMessagesResponse200ItemAttachmentsItem")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("content-type", "filename", "content-url", "attachmentType"))


@_attrs_define
class ListRecentMessagesResponse200ItemAttachmentsItem:
    """
    Attributes:
        content_type (str | Unset):  Example: audio/mp3.
        filename (str | Unset):  Example: mp3.
        content_url (str | Unset):  Example: https://example.com/media/recording.mp3.
        attachment_type (str | Unset):  Example: call.
    """

    content_type: str | Unset = UNSET
    filename: str | Unset = UNSET
    content_url: str | Unset = UNSET
    attachment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        content_url = self.content_url

        attachment_type = self.attachment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content-type"] = content_type
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content_url is not UNSET:
            field_dict["content-url"] = content_url
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    content_type = src_dict["content-type"]
                    filename = src_dict["filename"]
                    content_url = src_dict["content-url"]
                    attachment_type = src_dict["attachmentType"]
                except KeyError:
                    _whole = False
            if not _whole:
                content_type = src_dict.get("content-type", UNSET)
                filename = src_dict.get("filename", UNSET)
                content_url = src_dict.get("content-url", UNSET)
                attachment_type = src_dict.get("attachmentType", UNSET)

            if _whole or len(src_dict) == (content_type is not UNSET) + (filename is not UNSET) + (
                content_url is not UNSET
            ) + (attachment_type is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.content_type = content_type
        _model.filename = filename
        _model.content_url = content_url
        _model.attachment_type = attachment_type
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.sip_media_encryption import SipMediaEncryption
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipOutboundConfigUpdate")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_sip_media_encryption_member = SipMediaEncryption._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("termination_uri", "username", "password", "media_encryption"))


@_attrs_define
class SipOutboundConfigUpdate:
    """Partial update of the outbound SIP trunk. Vendor schema `OutboundConfigUpdateSchema`.

    Attributes:
        termination_uri (None | str | Unset): Host or IP, no `sip:`/`sips:` prefix.
        username (None | str | Unset): SIP user name.
        password (None | str | Unset): SIP password (a secret).
        media_encryption (None | SipMediaEncryption | Unset): SRTP policy.
    """

    termination_uri: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    media_encryption: None | SipMediaEncryption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        termination_uri: None | str | Unset
        if isinstance(self.termination_uri, Unset):
            termination_uri = UNSET
        else:
            termination_uri = self.termination_uri

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        media_encryption: None | str | Unset
        if isinstance(self.media_encryption, Unset):
            media_encryption = UNSET
        elif isinstance(self.media_encryption, SipMediaEncryption):
            media_encryption = self.media_encryption.value
        else:
            media_encryption = self.media_encryption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if termination_uri is not UNSET:
            field_dict["termination_uri"] = termination_uri
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    termination_uri = src_dict["termination_uri"]
                    username = src_dict["username"]
                    password = src_dict["password"]
                    media_encryption = src_dict["media_encryption"]
                except KeyError:
                    _whole = False
            if not _whole:
                termination_uri = src_dict.get("termination_uri", UNSET)
                username = src_dict.get("username", UNSET)
                password = src_dict.get("password", UNSET)
                media_encryption = src_dict.get("media_encryption", UNSET)

            if media_encryption is not UNSET and media_encryption is not None:
                _field = "media_encryption"
                media_encryption = _sip_media_encryption_member(media_encryption) or SipMediaEncryption(
                    media_encryption
                )

            if _whole or len(src_dict) == (termination_uri is not UNSET) + (username is not UNSET) + (
                password is not UNSET
            ) + (media_encryption is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.termination_uri = termination_uri
        _model.username = username
        _model.password = password
        _model.media_encryption = media_encryption
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

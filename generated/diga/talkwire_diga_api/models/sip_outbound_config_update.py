from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_media_encryption import SipMediaEncryption
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipOutboundConfigUpdate")


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
        d = dict(src_dict)

        def _parse_termination_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_uri = _parse_termination_uri(d.pop("termination_uri", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_media_encryption(data: object) -> None | SipMediaEncryption | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                media_encryption_type_0 = SipMediaEncryption(data)

                return media_encryption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SipMediaEncryption")

        media_encryption = _parse_media_encryption(d.pop("media_encryption", UNSET))

        _model = cls.__new__(cls)
        _model.termination_uri = termination_uri
        _model.username = username
        _model.password = password
        _model.media_encryption = media_encryption

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_media_encryption import SipMediaEncryption
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipConfig")


@_attrs_define
class SipConfig:
    """SIP settings of an imported number (the password is never returned). Vendor schema `SipConfigResponseSchema`.

    Attributes:
        termination_uri (None | str | Unset): SIP termination host or IP, without `sip:`/`sips:`.
        username (None | str | Unset): SIP user name.
        inbound_media_encryption (SipMediaEncryption | Unset): SRTP policy of a SIP trunk.
        outbound_media_encryption (SipMediaEncryption | Unset): SRTP policy of a SIP trunk.
        allowed_addresses (list[str] | None | Unset): IPs/CIDRs allowed to send inbound calls; empty = accept all.
    """

    termination_uri: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    inbound_media_encryption: SipMediaEncryption | Unset = UNSET
    outbound_media_encryption: SipMediaEncryption | Unset = UNSET
    allowed_addresses: list[str] | None | Unset = UNSET
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

        inbound_media_encryption: str | Unset = UNSET
        if not isinstance(self.inbound_media_encryption, Unset):
            inbound_media_encryption = self.inbound_media_encryption.value

        outbound_media_encryption: str | Unset = UNSET
        if not isinstance(self.outbound_media_encryption, Unset):
            outbound_media_encryption = self.outbound_media_encryption.value

        allowed_addresses: list[str] | None | Unset
        if isinstance(self.allowed_addresses, Unset):
            allowed_addresses = UNSET
        elif isinstance(self.allowed_addresses, list):
            allowed_addresses = self.allowed_addresses

        else:
            allowed_addresses = self.allowed_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if termination_uri is not UNSET:
            field_dict["termination_uri"] = termination_uri
        if username is not UNSET:
            field_dict["username"] = username
        if inbound_media_encryption is not UNSET:
            field_dict["inbound_media_encryption"] = inbound_media_encryption
        if outbound_media_encryption is not UNSET:
            field_dict["outbound_media_encryption"] = outbound_media_encryption
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses

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

        _inbound_media_encryption = d.pop("inbound_media_encryption", UNSET)
        inbound_media_encryption: SipMediaEncryption | Unset
        if isinstance(_inbound_media_encryption, Unset):
            inbound_media_encryption = UNSET
        else:
            inbound_media_encryption = SipMediaEncryption(_inbound_media_encryption)

        _outbound_media_encryption = d.pop("outbound_media_encryption", UNSET)
        outbound_media_encryption: SipMediaEncryption | Unset
        if isinstance(_outbound_media_encryption, Unset):
            outbound_media_encryption = UNSET
        else:
            outbound_media_encryption = SipMediaEncryption(_outbound_media_encryption)

        def _parse_allowed_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_addresses_type_0 = cast(list[str], data)

                return allowed_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        allowed_addresses = _parse_allowed_addresses(d.pop("allowed_addresses", UNSET))

        _model = cls.__new__(cls)
        _model.termination_uri = termination_uri
        _model.username = username
        _model.inbound_media_encryption = inbound_media_encryption
        _model.outbound_media_encryption = outbound_media_encryption
        _model.allowed_addresses = allowed_addresses

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..models.sip_media_encryption import SipMediaEncryption
from ..types import UNSET, Unset

T = TypeVar("T", bound="SipConfig")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_sip_media_encryption_member = SipMediaEncryption._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("termination_uri", "username", "inbound_media_encryption", "outbound_media_encryption", "allowed_addresses")
)


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    termination_uri = src_dict["termination_uri"]
                    username = src_dict["username"]
                    inbound_media_encryption = src_dict["inbound_media_encryption"]
                    outbound_media_encryption = src_dict["outbound_media_encryption"]
                    allowed_addresses = src_dict["allowed_addresses"]
                except KeyError:
                    _whole = False
            if not _whole:
                termination_uri = src_dict.get("termination_uri", UNSET)
                username = src_dict.get("username", UNSET)
                inbound_media_encryption = src_dict.get("inbound_media_encryption", UNSET)
                outbound_media_encryption = src_dict.get("outbound_media_encryption", UNSET)
                allowed_addresses = src_dict.get("allowed_addresses", UNSET)

            if inbound_media_encryption is not UNSET:
                _field = "inbound_media_encryption"
                inbound_media_encryption = _sip_media_encryption_member(inbound_media_encryption) or SipMediaEncryption(
                    inbound_media_encryption
                )

            if outbound_media_encryption is not UNSET:
                _field = "outbound_media_encryption"
                outbound_media_encryption = _sip_media_encryption_member(
                    outbound_media_encryption
                ) or SipMediaEncryption(outbound_media_encryption)

            if allowed_addresses is not UNSET and allowed_addresses is not None:
                _field = "allowed_addresses"
                if not isinstance(allowed_addresses, list):
                    _not_valid(allowed_addresses, "list[str] | None")

            if _whole or len(src_dict) == (termination_uri is not UNSET) + (username is not UNSET) + (
                inbound_media_encryption is not UNSET
            ) + (outbound_media_encryption is not UNSET) + (allowed_addresses is not UNSET):
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
        _model.inbound_media_encryption = inbound_media_encryption
        _model.outbound_media_encryption = outbound_media_encryption
        _model.allowed_addresses = allowed_addresses
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

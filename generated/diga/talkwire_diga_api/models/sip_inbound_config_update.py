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

T = TypeVar("T", bound="SipInboundConfigUpdate")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_sip_media_encryption_member = SipMediaEncryption._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("media_encryption", "allowed_addresses"))


@_attrs_define
class SipInboundConfigUpdate:
    """Partial update of the inbound SIP settings. Vendor schema `InboundConfigUpdateSchema`.

    Attributes:
        media_encryption (None | SipMediaEncryption | Unset): SRTP policy.
        allowed_addresses (list[str] | None | Unset): IPs/CIDRs allowed to send inbound calls; empty = accept all.
    """

    media_encryption: None | SipMediaEncryption | Unset = UNSET
    allowed_addresses: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_encryption: None | str | Unset
        if isinstance(self.media_encryption, Unset):
            media_encryption = UNSET
        elif isinstance(self.media_encryption, SipMediaEncryption):
            media_encryption = self.media_encryption.value
        else:
            media_encryption = self.media_encryption

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
        if media_encryption is not UNSET:
            field_dict["media_encryption"] = media_encryption
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    media_encryption = src_dict["media_encryption"]
                    allowed_addresses = src_dict["allowed_addresses"]
                except KeyError:
                    _whole = False
            if not _whole:
                media_encryption = src_dict.get("media_encryption", UNSET)
                allowed_addresses = src_dict.get("allowed_addresses", UNSET)
            if media_encryption is not UNSET and media_encryption is not None:
                _field = "media_encryption"
                media_encryption = _sip_media_encryption_member(media_encryption) or SipMediaEncryption(
                    media_encryption
                )

            if allowed_addresses is not UNSET and allowed_addresses is not None:
                _field = "allowed_addresses"
                if not isinstance(allowed_addresses, list):
                    _not_valid(allowed_addresses, "list[str] | None")

            if _whole or len(src_dict) == (media_encryption is not UNSET) + (allowed_addresses is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.media_encryption = media_encryption
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

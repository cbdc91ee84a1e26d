from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_inbound_config import SipInboundConfig
    from ..models.sip_outbound_config import SipOutboundConfig


T = TypeVar("T", bound="ImportPhoneNumberRequest")


@_attrs_define
class ImportPhoneNumberRequest:
    """A number to import (bring your own SIP). Vendor schema `PostImportPhoneNumberRequestSchema`.

    Attributes:
        phone_number (str): E.164 number or SIP user.
        nickname (None | str | Unset): Display name of the number.
        inbound_config (None | SipInboundConfig | Unset): Omit => defaults.
        outbound_config (None | SipOutboundConfig | Unset): Omit => inbound-only number.
    """

    phone_number: str
    nickname: None | str | Unset = UNSET
    inbound_config: None | SipInboundConfig | Unset = UNSET
    outbound_config: None | SipOutboundConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sip_inbound_config import SipInboundConfig
        from ..models.sip_outbound_config import SipOutboundConfig

        phone_number = self.phone_number

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        inbound_config: dict[str, Any] | None | Unset
        if isinstance(self.inbound_config, Unset):
            inbound_config = UNSET
        elif isinstance(self.inbound_config, SipInboundConfig):
            inbound_config = self.inbound_config.to_dict()
        else:
            inbound_config = self.inbound_config

        outbound_config: dict[str, Any] | None | Unset
        if isinstance(self.outbound_config, Unset):
            outbound_config = UNSET
        elif isinstance(self.outbound_config, SipOutboundConfig):
            outbound_config = self.outbound_config.to_dict()
        else:
            outbound_config = self.outbound_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if inbound_config is not UNSET:
            field_dict["inbound_config"] = inbound_config
        if outbound_config is not UNSET:
            field_dict["outbound_config"] = outbound_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sip_inbound_config import SipInboundConfig
        from ..models.sip_outbound_config import SipOutboundConfig

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        def _parse_inbound_config(data: object) -> None | SipInboundConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbound_config_type_0 = SipInboundConfig.from_dict(data)

                return inbound_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SipInboundConfig")

        inbound_config = _parse_inbound_config(d.pop("inbound_config", UNSET))

        def _parse_outbound_config(data: object) -> None | SipOutboundConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outbound_config_type_0 = SipOutboundConfig.from_dict(data)

                return outbound_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SipOutboundConfig")

        outbound_config = _parse_outbound_config(d.pop("outbound_config", UNSET))

        _model = cls.__new__(cls)
        _model.phone_number = phone_number
        _model.nickname = nickname
        _model.inbound_config = inbound_config
        _model.outbound_config = outbound_config

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_inbound_config_update import SipInboundConfigUpdate
    from ..models.sip_outbound_config_update import SipOutboundConfigUpdate


T = TypeVar("T", bound="UpdateSipConfigRequest")


@_attrs_define
class UpdateSipConfigRequest:
    """Partial update of an imported number's SIP settings. Vendor schema `PatchSipConfigRequestSchema`.

    Attributes:
        inbound_config (None | SipInboundConfigUpdate | Unset): Inbound settings to change.
        outbound_config (None | SipOutboundConfigUpdate | Unset): Outbound trunk settings to change.
    """

    inbound_config: None | SipInboundConfigUpdate | Unset = UNSET
    outbound_config: None | SipOutboundConfigUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sip_inbound_config_update import SipInboundConfigUpdate
        from ..models.sip_outbound_config_update import SipOutboundConfigUpdate

        inbound_config: dict[str, Any] | None | Unset
        if isinstance(self.inbound_config, Unset):
            inbound_config = UNSET
        elif isinstance(self.inbound_config, SipInboundConfigUpdate):
            inbound_config = self.inbound_config.to_dict()
        else:
            inbound_config = self.inbound_config

        outbound_config: dict[str, Any] | None | Unset
        if isinstance(self.outbound_config, Unset):
            outbound_config = UNSET
        elif isinstance(self.outbound_config, SipOutboundConfigUpdate):
            outbound_config = self.outbound_config.to_dict()
        else:
            outbound_config = self.outbound_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_config is not UNSET:
            field_dict["inbound_config"] = inbound_config
        if outbound_config is not UNSET:
            field_dict["outbound_config"] = outbound_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sip_inbound_config_update import SipInboundConfigUpdate
        from ..models.sip_outbound_config_update import SipOutboundConfigUpdate

        d = dict(src_dict)

        def _parse_inbound_config(data: object) -> None | SipInboundConfigUpdate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbound_config_type_0 = SipInboundConfigUpdate.from_dict(data)

                return inbound_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SipInboundConfigUpdate")

        inbound_config = _parse_inbound_config(d.pop("inbound_config", UNSET))

        def _parse_outbound_config(data: object) -> None | SipOutboundConfigUpdate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outbound_config_type_0 = SipOutboundConfigUpdate.from_dict(data)

                return outbound_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SipOutboundConfigUpdate")

        outbound_config = _parse_outbound_config(d.pop("outbound_config", UNSET))

        _model = cls.__new__(cls)
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

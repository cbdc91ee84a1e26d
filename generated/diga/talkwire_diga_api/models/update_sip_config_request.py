from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_inbound_config_update import SipInboundConfigUpdate
    from ..models.sip_outbound_config_update import SipOutboundConfigUpdate


T = TypeVar("T", bound="UpdateSipConfigRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("inbound_config", "outbound_config"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    inbound_config = src_dict["inbound_config"]
                    outbound_config = src_dict["outbound_config"]
                except KeyError:
                    _whole = False
            if not _whole:
                inbound_config = src_dict.get("inbound_config", UNSET)
                outbound_config = src_dict.get("outbound_config", UNSET)
            if inbound_config is not UNSET and inbound_config is not None:
                _field = "inbound_config"
                inbound_config = _models.SipInboundConfigUpdate.from_dict(inbound_config)

            if outbound_config is not UNSET and outbound_config is not None:
                _field = "outbound_config"
                outbound_config = _models.SipOutboundConfigUpdate.from_dict(outbound_config)

            if _whole or len(src_dict) == (inbound_config is not UNSET) + (outbound_config is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.inbound_config = inbound_config
        _model.outbound_config = outbound_config
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

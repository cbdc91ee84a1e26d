from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_numbering_provider_body_config import UpdateNumberingProviderBodyConfig


T = TypeVar("T", bound="UpdateNumberingProviderBody")


@_attrs_define
class UpdateNumberingProviderBody:
    """
    Attributes:
        provider_id (str):  Example: Twilio.
        default (bool | Unset):  Example: True.
        enabled (bool | Unset):  Example: False.
        config (UpdateNumberingProviderBodyConfig | Unset):  Example: {'accountSid': 'ACxxxx', 'authToken':
            'tokenxxxx'}.
    """

    provider_id: str
    default: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    config: UpdateNumberingProviderBodyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        default = self.default

        enabled = self.enabled

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_numbering_provider_body_config import UpdateNumberingProviderBodyConfig

        d = dict(src_dict)
        provider_id = d.pop("providerId")

        default = d.pop("default", UNSET)

        enabled = d.pop("enabled", UNSET)

        _config = d.pop("config", UNSET)
        config: UpdateNumberingProviderBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UpdateNumberingProviderBodyConfig.from_dict(_config)

        _model = cls.__new__(cls)
        _model.provider_id = provider_id
        _model.default = default
        _model.enabled = enabled
        _model.config = config

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

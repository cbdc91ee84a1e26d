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
    from ..models.add_numbering_provider_body_config import AddNumberingProviderBodyConfig


T = TypeVar("T", bound="AddNumberingProviderBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("providerId", "config", "default", "enabled"))


@_attrs_define
class AddNumberingProviderBody:
    """
    Attributes:
        provider_id (str):  Example: Twilio.
        config (AddNumberingProviderBodyConfig):  Example: {'twilioAccountSid': 'ACxxxx', 'twilioAuthToken':
            'tokenxxxx'}.
        default (bool | Unset):  Example: False.
        enabled (bool | Unset):  Example: True.
    """

    provider_id: str
    config: AddNumberingProviderBodyConfig
    default: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        config = self.config.to_dict()

        default = self.default

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
                "config": config,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            provider_id = src_dict["providerId"]

            _field = "config"
            config = _models.AddNumberingProviderBodyConfig.from_dict(src_dict["config"])

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    default = src_dict["default"]
                    enabled = src_dict["enabled"]
                except KeyError:
                    _whole = False
            if not _whole:
                default = src_dict.get("default", UNSET)
                enabled = src_dict.get("enabled", UNSET)

            if _whole or len(src_dict) == 2 + (default is not UNSET) + (enabled is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.provider_id = provider_id
        _model.config = config
        _model.default = default
        _model.enabled = enabled
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_webhook_relays_response_200_configs_item import ListWebhookRelaysResponse200ConfigsItem


T = TypeVar("T", bound="ListWebhookRelaysResponse200")


@_attrs_define
class ListWebhookRelaysResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Webhook Relay configurations fetched successfully..
        configs (list[ListWebhookRelaysResponse200ConfigsItem] | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    configs: list[ListWebhookRelaysResponse200ConfigsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_webhook_relays_response_200_configs_item import ListWebhookRelaysResponse200ConfigsItem

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _configs = d.pop("configs", UNSET)
        configs: list[ListWebhookRelaysResponse200ConfigsItem] | Unset = UNSET
        if _configs is not UNSET:
            configs = []
            for configs_item_data in _configs:
                configs_item = ListWebhookRelaysResponse200ConfigsItem.from_dict(configs_item_data)

                configs.append(configs_item)

        _model = cls.__new__(cls)
        _model.success = success
        _model.message = message
        _model.configs = configs

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

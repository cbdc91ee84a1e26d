from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageAlertConfig")


@_attrs_define
class UsageAlertConfig:
    """Usage alert settings. Vendor schema `UsageAlertConfigurationResponse`.

    Attributes:
        id (UUID):
        enabled (bool): Whether the alert is on.
        percent (int): Share of the included minutes that triggers the alert.
        updated_at (datetime.datetime):
    """

    id: UUID
    enabled: bool
    percent: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        enabled = self.enabled

        percent = self.percent

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "enabled": enabled,
                "percent": percent,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        enabled = d.pop("enabled")

        percent = d.pop("percent")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _model = cls.__new__(cls)
        _model.id = id
        _model.enabled = enabled
        _model.percent = percent
        _model.updated_at = updated_at

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

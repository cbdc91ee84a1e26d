from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _uuid_from_wire,
)

T = TypeVar("T", bound="UsageAlertConfig")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "enabled", "percent", "updated_at"))


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
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            enabled = src_dict["enabled"]

            percent = src_dict["percent"]

            _field = "updated_at"
            try:
                updated_at = _fromisoformat(src_dict["updated_at"])
            except ValueError:
                updated_at = _datetime_fallback(src_dict["updated_at"])

            if len(src_dict) == 4:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.id = id
        _model.enabled = enabled
        _model.percent = percent
        _model.updated_at = updated_at
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

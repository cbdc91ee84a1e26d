from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsUpdateError")


@_attrs_define
class SettingsUpdateError:
    """Settings update on an organization or account that changed nothing.

    Attributes:
        success (bool | Unset):  Example: False.
        message (str | Unset):  Example: No settings updated.
        failed_settings (list[str] | None | Unset):  Example: ['externalBillingId'].
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    failed_settings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        failed_settings: list[str] | None | Unset
        if isinstance(self.failed_settings, Unset):
            failed_settings = UNSET
        elif isinstance(self.failed_settings, list):
            failed_settings = self.failed_settings

        else:
            failed_settings = self.failed_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if failed_settings is not UNSET:
            field_dict["failedSettings"] = failed_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        def _parse_failed_settings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_settings_type_0 = cast(list[str], data)

                return failed_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        failed_settings = _parse_failed_settings(d.pop("failedSettings", UNSET))

        _model = cls.__new__(cls)
        _model.success = success
        _model.message = message
        _model.failed_settings = failed_settings

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

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsUpdateResult")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "message", "updatedSettings", "failedSettings"))


@_attrs_define
class SettingsUpdateResult:
    """Outcome of a settings update on an organization or account: at least one setting was updated.

    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Settings updated.
        updated_settings (list[str] | Unset):  Example: ['accountName'].
        failed_settings (list[str] | None | Unset):  Example: ['externalBillingId'].
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    updated_settings: list[str] | Unset = UNSET
    failed_settings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        updated_settings: list[str] | Unset = UNSET
        if not isinstance(self.updated_settings, Unset):
            updated_settings = self.updated_settings

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
        if updated_settings is not UNSET:
            field_dict["updatedSettings"] = updated_settings
        if failed_settings is not UNSET:
            field_dict["failedSettings"] = failed_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    success = src_dict["success"]
                    message = src_dict["message"]
                    updated_settings = src_dict["updatedSettings"]
                    failed_settings = src_dict["failedSettings"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                message = src_dict.get("message", UNSET)
                updated_settings = src_dict.get("updatedSettings", UNSET)
                failed_settings = src_dict.get("failedSettings", UNSET)

            if failed_settings is not UNSET and failed_settings is not None:
                _field = "failedSettings"
                if not isinstance(failed_settings, list):
                    _not_valid(failed_settings, "list[str] | None")

            if _whole or len(src_dict) == (success is not UNSET) + (message is not UNSET) + (
                updated_settings is not UNSET
            ) + (failed_settings is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.message = message
        _model.updated_settings = updated_settings
        _model.failed_settings = failed_settings
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

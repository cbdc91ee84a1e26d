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
from ..models.campaign_status import CampaignStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_settings import CampaignSettings


T = TypeVar("T", bound="UpdateCampaignRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_campaign_status_member = CampaignStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("status", "settings"))


@_attrs_define
class UpdateCampaignRequest:
    """The documented updatable fields; the document shows only `status` and `settings`.

    Attributes:
        status (CampaignStatus | Unset): Campaign status (the documented filter values).
        settings (CampaignSettings | Unset):
    """

    status: CampaignStatus | Unset = UNSET
    settings: CampaignSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    status = src_dict["status"]
                    settings = src_dict["settings"]
                except KeyError:
                    _whole = False
            if not _whole:
                status = src_dict.get("status", UNSET)
                settings = src_dict.get("settings", UNSET)
            if status is not UNSET:
                _field = "status"
                status = _campaign_status_member(status) or CampaignStatus(status)

            if settings is not UNSET:
                _field = "settings"
                settings = _models.CampaignSettings.from_dict(settings)

            if _whole or len(src_dict) == (status is not UNSET) + (settings is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.status = status
        _model.settings = settings
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

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
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.campaign_settings import CampaignSettings


T = TypeVar("T", bound="CreateCampaignRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "campaign_type", "settings", "schedule"))


@_attrs_define
class CreateCampaignRequest:
    """
    Attributes:
        name (str):
        campaign_type (str): `outbound_sales`, `lead_nurturing`, "etc." (the full list is not documented).
        settings (CampaignSettings | Unset):
        schedule (CampaignSchedule | Unset):
    """

    name: str
    campaign_type: str
    settings: CampaignSettings | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        campaign_type = self.campaign_type

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "campaign_type": campaign_type,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            campaign_type = src_dict["campaign_type"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    settings = src_dict["settings"]
                    schedule = src_dict["schedule"]
                except KeyError:
                    _whole = False
            if not _whole:
                settings = src_dict.get("settings", UNSET)
                schedule = src_dict.get("schedule", UNSET)
            if settings is not UNSET:
                _field = "settings"
                settings = _models.CampaignSettings.from_dict(settings)

            if schedule is not UNSET:
                _field = "schedule"
                schedule = _models.CampaignSchedule.from_dict(schedule)

            if _whole or len(src_dict) == 2 + (settings is not UNSET) + (schedule is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.campaign_type = campaign_type
        _model.settings = settings
        _model.schedule = schedule
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

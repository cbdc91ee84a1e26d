from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..models.campaign_status import CampaignStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_performance import CampaignPerformance
    from ..models.campaign_progress import CampaignProgress
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.campaign_settings import CampaignSettings


T = TypeVar("T", bound="Campaign")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_campaign_status_member = CampaignStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("campaign_id", "name", "status", "campaign_type", "created_at", "settings", "schedule", "progress", "performance")
)


@_attrs_define
class Campaign:
    """A campaign. The create response carries `campaign_id`, `name`, `status`, `created_at`; the get response adds
    `progress` and `performance`. `campaign_type`, `settings` and `schedule` are not shown in a campaign response; they
    are included because create/update set them.

        Attributes:
            campaign_id (str):
            name (str):
            status (CampaignStatus): Campaign status (the documented filter values).
            campaign_type (str | Unset): `outbound_sales`, `lead_nurturing`, "etc." (the full list is not documented).
            created_at (datetime.datetime | Unset):
            settings (CampaignSettings | Unset):
            schedule (CampaignSchedule | Unset):
            progress (CampaignProgress | Unset):
            performance (CampaignPerformance | Unset):
    """

    campaign_id: str
    name: str
    status: CampaignStatus
    campaign_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    settings: CampaignSettings | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    progress: CampaignProgress | Unset = UNSET
    performance: CampaignPerformance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        name = self.name

        status = self.status.value

        campaign_type = self.campaign_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "name": name,
                "status": status,
            }
        )
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if settings is not UNSET:
            field_dict["settings"] = settings
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if progress is not UNSET:
            field_dict["progress"] = progress
        if performance is not UNSET:
            field_dict["performance"] = performance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            campaign_id = src_dict["campaign_id"]

            name = src_dict["name"]

            _field = "status"
            status = src_dict["status"]
            status = _campaign_status_member(status) or CampaignStatus(status)

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    campaign_type = src_dict["campaign_type"]
                    created_at = src_dict["created_at"]
                    settings = src_dict["settings"]
                    schedule = src_dict["schedule"]
                    progress = src_dict["progress"]
                    performance = src_dict["performance"]
                except KeyError:
                    _whole = False
            if not _whole:
                campaign_type = src_dict.get("campaign_type", UNSET)
                created_at = src_dict.get("created_at", UNSET)
                settings = src_dict.get("settings", UNSET)
                schedule = src_dict.get("schedule", UNSET)
                progress = src_dict.get("progress", UNSET)
                performance = src_dict.get("performance", UNSET)

            if created_at is not UNSET:
                _field = "created_at"
                try:
                    created_at = _fromisoformat(created_at)
                except ValueError:
                    created_at = _datetime_fallback(created_at)

            if settings is not UNSET:
                _field = "settings"
                settings = _models.CampaignSettings.from_dict(settings)

            if schedule is not UNSET:
                _field = "schedule"
                schedule = _models.CampaignSchedule.from_dict(schedule)

            if progress is not UNSET:
                _field = "progress"
                progress = _models.CampaignProgress.from_dict(progress)

            if performance is not UNSET:
                _field = "performance"
                performance = _models.CampaignPerformance.from_dict(performance)

            if _whole or len(src_dict) == 3 + (campaign_type is not UNSET) + (created_at is not UNSET) + (
                settings is not UNSET
            ) + (schedule is not UNSET) + (progress is not UNSET) + (performance is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.campaign_id = campaign_id
        _model.name = name
        _model.status = status
        _model.campaign_type = campaign_type
        _model.created_at = created_at
        _model.settings = settings
        _model.schedule = schedule
        _model.progress = progress
        _model.performance = performance
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

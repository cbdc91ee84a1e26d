from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.campaign_settings import CampaignSettings


T = TypeVar("T", bound="CreateCampaignRequest")


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
        from ..models.campaign_schedule import CampaignSchedule
        from ..models.campaign_settings import CampaignSettings

        d = dict(src_dict)
        name = d.pop("name")

        campaign_type = d.pop("campaign_type")

        _settings = d.pop("settings", UNSET)
        settings: CampaignSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CampaignSettings.from_dict(_settings)

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignSchedule.from_dict(_schedule)

        _model = cls.__new__(cls)
        _model.name = name
        _model.campaign_type = campaign_type
        _model.settings = settings
        _model.schedule = schedule

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

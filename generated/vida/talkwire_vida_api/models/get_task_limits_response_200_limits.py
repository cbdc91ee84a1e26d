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
    from ..models.get_task_limits_response_200_limits_business_hours import GetTaskLimitsResponse200LimitsBusinessHours
    from ..models.get_task_limits_response_200_limits_cooldowns import GetTaskLimitsResponse200LimitsCooldowns
    from ..models.get_task_limits_response_200_limits_daily import GetTaskLimitsResponse200LimitsDaily


T = TypeVar("T", bound="GetTaskLimitsResponse200Limits")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("businessHours", "daily", "concurrencyPerRun", "cooldowns"))


@_attrs_define
class GetTaskLimitsResponse200Limits:
    """
    Attributes:
        business_hours (GetTaskLimitsResponse200LimitsBusinessHours | Unset):
        daily (GetTaskLimitsResponse200LimitsDaily | Unset):
        concurrency_per_run (float | Unset):  Example: 10.
        cooldowns (GetTaskLimitsResponse200LimitsCooldowns | Unset):
    """

    business_hours: GetTaskLimitsResponse200LimitsBusinessHours | Unset = UNSET
    daily: GetTaskLimitsResponse200LimitsDaily | Unset = UNSET
    concurrency_per_run: float | Unset = UNSET
    cooldowns: GetTaskLimitsResponse200LimitsCooldowns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = self.business_hours.to_dict()

        daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = self.daily.to_dict()

        concurrency_per_run = self.concurrency_per_run

        cooldowns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cooldowns, Unset):
            cooldowns = self.cooldowns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours
        if daily is not UNSET:
            field_dict["daily"] = daily
        if concurrency_per_run is not UNSET:
            field_dict["concurrencyPerRun"] = concurrency_per_run
        if cooldowns is not UNSET:
            field_dict["cooldowns"] = cooldowns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    business_hours = src_dict["businessHours"]
                    daily = src_dict["daily"]
                    concurrency_per_run = src_dict["concurrencyPerRun"]
                    cooldowns = src_dict["cooldowns"]
                except KeyError:
                    _whole = False
            if not _whole:
                business_hours = src_dict.get("businessHours", UNSET)
                daily = src_dict.get("daily", UNSET)
                concurrency_per_run = src_dict.get("concurrencyPerRun", UNSET)
                cooldowns = src_dict.get("cooldowns", UNSET)
            if business_hours is not UNSET:
                _field = "businessHours"
                business_hours = _models.GetTaskLimitsResponse200LimitsBusinessHours.from_dict(business_hours)

            if daily is not UNSET:
                _field = "daily"
                daily = _models.GetTaskLimitsResponse200LimitsDaily.from_dict(daily)

            if cooldowns is not UNSET:
                _field = "cooldowns"
                cooldowns = _models.GetTaskLimitsResponse200LimitsCooldowns.from_dict(cooldowns)

            if _whole or len(src_dict) == (business_hours is not UNSET) + (daily is not UNSET) + (
                concurrency_per_run is not UNSET
            ) + (cooldowns is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.business_hours = business_hours
        _model.daily = daily
        _model.concurrency_per_run = concurrency_per_run
        _model.cooldowns = cooldowns
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

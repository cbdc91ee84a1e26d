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
    from ..models.update_task_limits_body_business_hours import UpdateTaskLimitsBodyBusinessHours
    from ..models.update_task_limits_body_cooldowns import UpdateTaskLimitsBodyCooldowns
    from ..models.update_task_limits_body_daily import UpdateTaskLimitsBodyDaily


T = TypeVar("T", bound="UpdateTaskLimitsBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("businessHours", "cooldowns", "daily", "concurrencyPerRun"))


@_attrs_define
class UpdateTaskLimitsBody:
    """
    Attributes:
        business_hours (UpdateTaskLimitsBodyBusinessHours | Unset):
        cooldowns (UpdateTaskLimitsBodyCooldowns | Unset):
        daily (UpdateTaskLimitsBodyDaily | Unset):
        concurrency_per_run (int | Unset):
    """

    business_hours: UpdateTaskLimitsBodyBusinessHours | Unset = UNSET
    cooldowns: UpdateTaskLimitsBodyCooldowns | Unset = UNSET
    daily: UpdateTaskLimitsBodyDaily | Unset = UNSET
    concurrency_per_run: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = self.business_hours.to_dict()

        cooldowns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cooldowns, Unset):
            cooldowns = self.cooldowns.to_dict()

        daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = self.daily.to_dict()

        concurrency_per_run = self.concurrency_per_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours
        if cooldowns is not UNSET:
            field_dict["cooldowns"] = cooldowns
        if daily is not UNSET:
            field_dict["daily"] = daily
        if concurrency_per_run is not UNSET:
            field_dict["concurrencyPerRun"] = concurrency_per_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    business_hours = src_dict["businessHours"]
                    cooldowns = src_dict["cooldowns"]
                    daily = src_dict["daily"]
                    concurrency_per_run = src_dict["concurrencyPerRun"]
                except KeyError:
                    _whole = False
            if not _whole:
                business_hours = src_dict.get("businessHours", UNSET)
                cooldowns = src_dict.get("cooldowns", UNSET)
                daily = src_dict.get("daily", UNSET)
                concurrency_per_run = src_dict.get("concurrencyPerRun", UNSET)
            if business_hours is not UNSET:
                _field = "businessHours"
                business_hours = _models.UpdateTaskLimitsBodyBusinessHours.from_dict(business_hours)

            if cooldowns is not UNSET:
                _field = "cooldowns"
                cooldowns = _models.UpdateTaskLimitsBodyCooldowns.from_dict(cooldowns)

            if daily is not UNSET:
                _field = "daily"
                daily = _models.UpdateTaskLimitsBodyDaily.from_dict(daily)

            if _whole or len(src_dict) == (business_hours is not UNSET) + (cooldowns is not UNSET) + (
                daily is not UNSET
            ) + (concurrency_per_run is not UNSET):
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
        _model.cooldowns = cooldowns
        _model.daily = daily
        _model.concurrency_per_run = concurrency_per_run
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

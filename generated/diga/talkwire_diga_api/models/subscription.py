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
from ..models.billing_period import BillingPeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_phase import SubscriptionPhase


T = TypeVar("T", bound="Subscription")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_billing_period_member = BillingPeriod._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "period_start",
        "period_end",
        "included_minutes",
        "active_since",
        "price",
        "currency",
        "period",
        "overage_price_per_minute",
        "usage_based_billing_enabled",
        "minutes_count",
        "rollover_minutes_count",
        "next_payment_date",
        "knowledge_storage_used_bytes",
        "knowledge_items_count",
        "included_workflows",
        "max_concurrent_calls",
        "next_phase",
        "knowledge_storage_limit_bytes",
        "copilot_usage_percent",
        "workflows_count",
    )
)


@_attrs_define
class Subscription:
    """The company's plan and usage. Vendor schema `SubscriptionSchema`.

    Attributes:
        name (str): Plan name.
        period_start (datetime.datetime):
        period_end (datetime.datetime):
        included_minutes (int): Call minutes included per period.
        active_since (datetime.datetime):
        price (float): Plan price.
        currency (str): Currency code.
        period (BillingPeriod): Billing period of a plan (a subscription phase only uses `month` and `year`).
        overage_price_per_minute (float | None): Null when metered usage is off.
        usage_based_billing_enabled (bool): Whether minutes beyond the included ones are billed.
        minutes_count (int): Call minutes used in the current period.
        rollover_minutes_count (int): Unused minutes carried over (meaning inferred).
        next_payment_date (datetime.datetime): Usage-item period end if metered billing, else plan period end.
        knowledge_storage_used_bytes (int): Knowledge storage used, in bytes.
        knowledge_items_count (int): Number of knowledge items.
        included_workflows (int): Enabled workflows the plan includes.
        max_concurrent_calls (int | None | Unset): Null = unlimited.
        next_phase (None | SubscriptionPhase | Unset): Plan that starts next, if a change is scheduled.
        knowledge_storage_limit_bytes (int | None | Unset): Knowledge storage limit, in bytes; null = none.
        copilot_usage_percent (float | Unset): 0–100 of weekly budget. Default: 0.0.
        workflows_count (int | None | Unset): Enabled flows only; omitted when workflow service unreachable.
    """

    name: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    included_minutes: int
    active_since: datetime.datetime
    price: float
    currency: str
    period: BillingPeriod
    overage_price_per_minute: float | None
    usage_based_billing_enabled: bool
    minutes_count: int
    rollover_minutes_count: int
    next_payment_date: datetime.datetime
    knowledge_storage_used_bytes: int
    knowledge_items_count: int
    included_workflows: int
    max_concurrent_calls: int | None | Unset = UNSET
    next_phase: None | SubscriptionPhase | Unset = UNSET
    knowledge_storage_limit_bytes: int | None | Unset = UNSET
    copilot_usage_percent: float | Unset = 0.0
    workflows_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_phase import SubscriptionPhase

        name = self.name

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        included_minutes = self.included_minutes

        active_since = self.active_since.isoformat()

        price = self.price

        currency = self.currency

        period = self.period.value

        overage_price_per_minute: float | None
        overage_price_per_minute = self.overage_price_per_minute

        usage_based_billing_enabled = self.usage_based_billing_enabled

        minutes_count = self.minutes_count

        rollover_minutes_count = self.rollover_minutes_count

        next_payment_date = self.next_payment_date.isoformat()

        knowledge_storage_used_bytes = self.knowledge_storage_used_bytes

        knowledge_items_count = self.knowledge_items_count

        included_workflows = self.included_workflows

        max_concurrent_calls: int | None | Unset
        if isinstance(self.max_concurrent_calls, Unset):
            max_concurrent_calls = UNSET
        else:
            max_concurrent_calls = self.max_concurrent_calls

        next_phase: dict[str, Any] | None | Unset
        if isinstance(self.next_phase, Unset):
            next_phase = UNSET
        elif isinstance(self.next_phase, SubscriptionPhase):
            next_phase = self.next_phase.to_dict()
        else:
            next_phase = self.next_phase

        knowledge_storage_limit_bytes: int | None | Unset
        if isinstance(self.knowledge_storage_limit_bytes, Unset):
            knowledge_storage_limit_bytes = UNSET
        else:
            knowledge_storage_limit_bytes = self.knowledge_storage_limit_bytes

        copilot_usage_percent = self.copilot_usage_percent

        workflows_count: int | None | Unset
        if isinstance(self.workflows_count, Unset):
            workflows_count = UNSET
        else:
            workflows_count = self.workflows_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "period_start": period_start,
                "period_end": period_end,
                "included_minutes": included_minutes,
                "active_since": active_since,
                "price": price,
                "currency": currency,
                "period": period,
                "overage_price_per_minute": overage_price_per_minute,
                "usage_based_billing_enabled": usage_based_billing_enabled,
                "minutes_count": minutes_count,
                "rollover_minutes_count": rollover_minutes_count,
                "next_payment_date": next_payment_date,
                "knowledge_storage_used_bytes": knowledge_storage_used_bytes,
                "knowledge_items_count": knowledge_items_count,
                "included_workflows": included_workflows,
            }
        )
        if max_concurrent_calls is not UNSET:
            field_dict["max_concurrent_calls"] = max_concurrent_calls
        if next_phase is not UNSET:
            field_dict["next_phase"] = next_phase
        if knowledge_storage_limit_bytes is not UNSET:
            field_dict["knowledge_storage_limit_bytes"] = knowledge_storage_limit_bytes
        if copilot_usage_percent is not UNSET:
            field_dict["copilot_usage_percent"] = copilot_usage_percent
        if workflows_count is not UNSET:
            field_dict["workflows_count"] = workflows_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            _field = "period_start"
            try:
                period_start = _fromisoformat(src_dict["period_start"])
            except ValueError:
                period_start = _datetime_fallback(src_dict["period_start"])

            _field = "period_end"
            try:
                period_end = _fromisoformat(src_dict["period_end"])
            except ValueError:
                period_end = _datetime_fallback(src_dict["period_end"])

            included_minutes = src_dict["included_minutes"]

            _field = "active_since"
            try:
                active_since = _fromisoformat(src_dict["active_since"])
            except ValueError:
                active_since = _datetime_fallback(src_dict["active_since"])

            price = src_dict["price"]

            currency = src_dict["currency"]

            _field = "period"
            period = src_dict["period"]
            period = _billing_period_member(period) or BillingPeriod(period)

            overage_price_per_minute = src_dict["overage_price_per_minute"]

            usage_based_billing_enabled = src_dict["usage_based_billing_enabled"]

            minutes_count = src_dict["minutes_count"]

            rollover_minutes_count = src_dict["rollover_minutes_count"]

            _field = "next_payment_date"
            try:
                next_payment_date = _fromisoformat(src_dict["next_payment_date"])
            except ValueError:
                next_payment_date = _datetime_fallback(src_dict["next_payment_date"])

            knowledge_storage_used_bytes = src_dict["knowledge_storage_used_bytes"]

            knowledge_items_count = src_dict["knowledge_items_count"]

            included_workflows = src_dict["included_workflows"]

            _whole = len(src_dict) == 21
            if _whole:
                try:
                    max_concurrent_calls = src_dict["max_concurrent_calls"]
                    next_phase = src_dict["next_phase"]
                    knowledge_storage_limit_bytes = src_dict["knowledge_storage_limit_bytes"]
                    copilot_usage_percent = src_dict["copilot_usage_percent"]
                    workflows_count = src_dict["workflows_count"]
                except KeyError:
                    _whole = False
            if not _whole:
                max_concurrent_calls = src_dict.get("max_concurrent_calls", UNSET)
                next_phase = src_dict.get("next_phase", UNSET)
                knowledge_storage_limit_bytes = src_dict.get("knowledge_storage_limit_bytes", UNSET)
                copilot_usage_percent = src_dict.get("copilot_usage_percent", UNSET)
                workflows_count = src_dict.get("workflows_count", UNSET)

            if next_phase is not UNSET and next_phase is not None:
                _field = "next_phase"
                next_phase = _models.SubscriptionPhase.from_dict(next_phase)

            if _whole or len(src_dict) == 16 + (max_concurrent_calls is not UNSET) + (next_phase is not UNSET) + (
                knowledge_storage_limit_bytes is not UNSET
            ) + (copilot_usage_percent is not UNSET) + (workflows_count is not UNSET):
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
        _model.period_start = period_start
        _model.period_end = period_end
        _model.included_minutes = included_minutes
        _model.active_since = active_since
        _model.price = price
        _model.currency = currency
        _model.period = period
        _model.overage_price_per_minute = overage_price_per_minute
        _model.usage_based_billing_enabled = usage_based_billing_enabled
        _model.minutes_count = minutes_count
        _model.rollover_minutes_count = rollover_minutes_count
        _model.next_payment_date = next_payment_date
        _model.knowledge_storage_used_bytes = knowledge_storage_used_bytes
        _model.knowledge_items_count = knowledge_items_count
        _model.included_workflows = included_workflows
        _model.max_concurrent_calls = max_concurrent_calls
        _model.next_phase = next_phase
        _model.knowledge_storage_limit_bytes = knowledge_storage_limit_bytes
        _model.copilot_usage_percent = copilot_usage_percent
        _model.workflows_count = workflows_count
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

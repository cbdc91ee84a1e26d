from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_phase import SubscriptionPhase


T = TypeVar("T", bound="Subscription")


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
        from ..models.subscription_phase import SubscriptionPhase

        d = dict(src_dict)
        name = d.pop("name")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))

        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))

        included_minutes = d.pop("included_minutes")

        active_since = datetime.datetime.fromisoformat(d.pop("active_since"))

        price = d.pop("price")

        currency = d.pop("currency")

        period = BillingPeriod(d.pop("period"))

        def _parse_overage_price_per_minute(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overage_price_per_minute = _parse_overage_price_per_minute(d.pop("overage_price_per_minute"))

        usage_based_billing_enabled = d.pop("usage_based_billing_enabled")

        minutes_count = d.pop("minutes_count")

        rollover_minutes_count = d.pop("rollover_minutes_count")

        next_payment_date = datetime.datetime.fromisoformat(d.pop("next_payment_date"))

        knowledge_storage_used_bytes = d.pop("knowledge_storage_used_bytes")

        knowledge_items_count = d.pop("knowledge_items_count")

        included_workflows = d.pop("included_workflows")

        def _parse_max_concurrent_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_calls = _parse_max_concurrent_calls(d.pop("max_concurrent_calls", UNSET))

        def _parse_next_phase(data: object) -> None | SubscriptionPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_phase_type_0 = SubscriptionPhase.from_dict(data)

                return next_phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | SubscriptionPhase")

        next_phase = _parse_next_phase(d.pop("next_phase", UNSET))

        def _parse_knowledge_storage_limit_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        knowledge_storage_limit_bytes = _parse_knowledge_storage_limit_bytes(
            d.pop("knowledge_storage_limit_bytes", UNSET)
        )

        copilot_usage_percent = d.pop("copilot_usage_percent", UNSET)

        def _parse_workflows_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflows_count = _parse_workflows_count(d.pop("workflows_count", UNSET))

        _model = cls.__new__(cls)
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

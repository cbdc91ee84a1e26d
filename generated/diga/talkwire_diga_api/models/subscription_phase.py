from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_period import BillingPeriod

T = TypeVar("T", bound="SubscriptionPhase")


@_attrs_define
class SubscriptionPhase:
    """The plan that starts at the next phase. Vendor schema `SubscriptionPhaseSchema`.

    Attributes:
        name (str):
        period (BillingPeriod): Billing period of a plan (a subscription phase only uses `month` and `year`).
        price (float): Plan price.
    """

    name: str
    period: BillingPeriod
    price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period = self.period.value

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "period": period,
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        period = BillingPeriod(d.pop("period"))

        price = d.pop("price")

        _model = cls.__new__(cls)
        _model.name = name
        _model.period = period
        _model.price = price

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

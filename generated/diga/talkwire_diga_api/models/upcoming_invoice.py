from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
)

T = TypeVar("T", bound="UpcomingInvoice")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("plan_amount", "extra_usage_amount", "total_due", "currency", "next_payment_date"))


@_attrs_define
class UpcomingInvoice:
    """Preview of the next invoice. Vendor schema `UpcomingInvoiceSchema`.

    Attributes:
        plan_amount (float): Plan part of the invoice.
        extra_usage_amount (float): Usage beyond the plan.
        total_due (float): Total to pay.
        currency (str): Currency code.
        next_payment_date (datetime.datetime):
    """

    plan_amount: float
    extra_usage_amount: float
    total_due: float
    currency: str
    next_payment_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_amount = self.plan_amount

        extra_usage_amount = self.extra_usage_amount

        total_due = self.total_due

        currency = self.currency

        next_payment_date = self.next_payment_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_amount": plan_amount,
                "extra_usage_amount": extra_usage_amount,
                "total_due": total_due,
                "currency": currency,
                "next_payment_date": next_payment_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            plan_amount = src_dict["plan_amount"]

            extra_usage_amount = src_dict["extra_usage_amount"]

            total_due = src_dict["total_due"]

            currency = src_dict["currency"]

            _field = "next_payment_date"
            try:
                next_payment_date = _fromisoformat(src_dict["next_payment_date"])
            except ValueError:
                next_payment_date = _datetime_fallback(src_dict["next_payment_date"])

            if len(src_dict) == 5:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.plan_amount = plan_amount
        _model.extra_usage_amount = extra_usage_amount
        _model.total_due = total_due
        _model.currency = currency
        _model.next_payment_date = next_payment_date
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

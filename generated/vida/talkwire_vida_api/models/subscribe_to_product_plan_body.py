from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeToProductPlanBody")


@_attrs_define
class SubscribeToProductPlanBody:
    """
    Attributes:
        product_plan_id (str): Product Plan Id to enable subscription Example: pplan-vida-business-basic.
        term (str): Subscription length of month or year Example: month.
        cancel_url (str | Unset): If using external payment processor (eg Stripe) what url to redirect if payment
            canceled Example: https://yoursite.io/cancel.
        success_url (str | Unset): If using external payment processor (eg Stripe) what url to redirect if payment
            successful Example: https://yoursite.io/success.
        checkout_type (str | Unset): Which checkout session you would like to start. Embedded session or external
            redirect url Example: embedded.
    """

    product_plan_id: str
    term: str
    cancel_url: str | Unset = UNSET
    success_url: str | Unset = UNSET
    checkout_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_plan_id = self.product_plan_id

        term = self.term

        cancel_url = self.cancel_url

        success_url = self.success_url

        checkout_type = self.checkout_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productPlanId": product_plan_id,
                "term": term,
            }
        )
        if cancel_url is not UNSET:
            field_dict["cancelUrl"] = cancel_url
        if success_url is not UNSET:
            field_dict["successUrl"] = success_url
        if checkout_type is not UNSET:
            field_dict["checkoutType"] = checkout_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_plan_id = d.pop("productPlanId")

        term = d.pop("term")

        cancel_url = d.pop("cancelUrl", UNSET)

        success_url = d.pop("successUrl", UNSET)

        checkout_type = d.pop("checkoutType", UNSET)

        _model = cls.__new__(cls)
        _model.product_plan_id = product_plan_id
        _model.term = term
        _model.cancel_url = cancel_url
        _model.success_url = success_url
        _model.checkout_type = checkout_type

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

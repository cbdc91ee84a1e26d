from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeToProductPlanBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("productPlanId", "term", "cancelUrl", "successUrl", "checkoutType"))


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
        _field: str | None = None
        try:
            product_plan_id = src_dict["productPlanId"]

            term = src_dict["term"]

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    cancel_url = src_dict["cancelUrl"]
                    success_url = src_dict["successUrl"]
                    checkout_type = src_dict["checkoutType"]
                except KeyError:
                    _whole = False
            if not _whole:
                cancel_url = src_dict.get("cancelUrl", UNSET)
                success_url = src_dict.get("successUrl", UNSET)
                checkout_type = src_dict.get("checkoutType", UNSET)

            if _whole or len(src_dict) == 2 + (cancel_url is not UNSET) + (success_url is not UNSET) + (
                checkout_type is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.product_plan_id = product_plan_id
        _model.term = term
        _model.cancel_url = cancel_url
        _model.success_url = success_url
        _model.checkout_type = checkout_type
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

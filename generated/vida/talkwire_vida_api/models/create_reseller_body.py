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

T = TypeVar("T", bound="CreateResellerBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("resellerName", "email", "offeredProductPlanId", "productPlanId"))


@_attrs_define
class CreateResellerBody:
    """
    Attributes:
        reseller_name (str): Reseller Name Example: Acme Solar.
        email (str | Unset): Admin user email for this account Example: admin@acmesolar.com.
        offered_product_plan_id (str | Unset): Offered Product Plan. Requires the Reseller to accept and checkout.
            Example: custom-plan-1.
        product_plan_id (str | Unset): Product Plan to set on the account. Otherwise default sell plan is used Example:
            base-plan-1.
    """

    reseller_name: str
    email: str | Unset = UNSET
    offered_product_plan_id: str | Unset = UNSET
    product_plan_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reseller_name = self.reseller_name

        email = self.email

        offered_product_plan_id = self.offered_product_plan_id

        product_plan_id = self.product_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resellerName": reseller_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if offered_product_plan_id is not UNSET:
            field_dict["offeredProductPlanId"] = offered_product_plan_id
        if product_plan_id is not UNSET:
            field_dict["productPlanId"] = product_plan_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            reseller_name = src_dict["resellerName"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    email = src_dict["email"]
                    offered_product_plan_id = src_dict["offeredProductPlanId"]
                    product_plan_id = src_dict["productPlanId"]
                except KeyError:
                    _whole = False
            if not _whole:
                email = src_dict.get("email", UNSET)
                offered_product_plan_id = src_dict.get("offeredProductPlanId", UNSET)
                product_plan_id = src_dict.get("productPlanId", UNSET)

            if _whole or len(src_dict) == 1 + (email is not UNSET) + (offered_product_plan_id is not UNSET) + (
                product_plan_id is not UNSET
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
        _model.reseller_name = reseller_name
        _model.email = email
        _model.offered_product_plan_id = offered_product_plan_id
        _model.product_plan_id = product_plan_id
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

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

T = TypeVar("T", bound="UpdateOrganizationSettingsBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "active",
        "productPlanId",
        "offeredProductPlanId",
        "email",
        "orgName",
        "smsEnabled",
        "smsBrandId",
        "smsCampaignId",
        "vidaPremium",
        "externalAccountId",
        "externalBillingId",
    )
)


@_attrs_define
class UpdateOrganizationSettingsBody:
    """
    Attributes:
        active (bool | Unset): Account status - if set to false calls and messages for all agents in this org will no
            longer be answered Example: True.
        product_plan_id (str | Unset): Change Product Plan Id on the Organization. Note: if the target product plan is
            tied to a Stripe or Chargebee product and the customer has not yet subscribed - this will not work. Give the
            customer an offered product plan first. Otherwise - this will update the product plan on Vida and in the
            configured billing system. Example: someProductPlanId.
        offered_product_plan_id (str | Unset): Give an offer of a product plan to a customer. Useful when offering a
            private plan before the customer has completed checkout. Set null to remove it Example: someProductPlanId.
        email (str | Unset): Change main owner Email Of the Organization Example: admin@test.com.
        org_name (str | Unset): Change Organization Name Example: Test Organization.
        sms_enabled (bool | Unset): Enable SMS Capabilities on the agent. Example: True.
        sms_brand_id (str | Unset): SMS Brand Id that is registered for the organization Example: XXXXXX.
        sms_campaign_id (str | Unset): Approved SMS Campaign Id for the organizations traffic Example: XXXXXX.
        vida_premium (bool | Unset): Indicates whether the account is in an unlocked (paid) state. Example: True.
        external_account_id (str | Unset): External Account Id to match with your internal system account Id. Set to
            null to remove it. Example: AC_XXXXXXX.
        external_billing_id (str | Unset): External Id to match with your internal billing system. Set to null to remove
            it. Example: somebillingId.
    """

    active: bool | Unset = UNSET
    product_plan_id: str | Unset = UNSET
    offered_product_plan_id: str | Unset = UNSET
    email: str | Unset = UNSET
    org_name: str | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    sms_brand_id: str | Unset = UNSET
    sms_campaign_id: str | Unset = UNSET
    vida_premium: bool | Unset = UNSET
    external_account_id: str | Unset = UNSET
    external_billing_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        product_plan_id = self.product_plan_id

        offered_product_plan_id = self.offered_product_plan_id

        email = self.email

        org_name = self.org_name

        sms_enabled = self.sms_enabled

        sms_brand_id = self.sms_brand_id

        sms_campaign_id = self.sms_campaign_id

        vida_premium = self.vida_premium

        external_account_id = self.external_account_id

        external_billing_id = self.external_billing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if product_plan_id is not UNSET:
            field_dict["productPlanId"] = product_plan_id
        if offered_product_plan_id is not UNSET:
            field_dict["offeredProductPlanId"] = offered_product_plan_id
        if email is not UNSET:
            field_dict["email"] = email
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if sms_enabled is not UNSET:
            field_dict["smsEnabled"] = sms_enabled
        if sms_brand_id is not UNSET:
            field_dict["smsBrandId"] = sms_brand_id
        if sms_campaign_id is not UNSET:
            field_dict["smsCampaignId"] = sms_campaign_id
        if vida_premium is not UNSET:
            field_dict["vidaPremium"] = vida_premium
        if external_account_id is not UNSET:
            field_dict["externalAccountId"] = external_account_id
        if external_billing_id is not UNSET:
            field_dict["externalBillingId"] = external_billing_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 11
            if _whole:
                try:
                    active = src_dict["active"]
                    product_plan_id = src_dict["productPlanId"]
                    offered_product_plan_id = src_dict["offeredProductPlanId"]
                    email = src_dict["email"]
                    org_name = src_dict["orgName"]
                    sms_enabled = src_dict["smsEnabled"]
                    sms_brand_id = src_dict["smsBrandId"]
                    sms_campaign_id = src_dict["smsCampaignId"]
                    vida_premium = src_dict["vidaPremium"]
                    external_account_id = src_dict["externalAccountId"]
                    external_billing_id = src_dict["externalBillingId"]
                except KeyError:
                    _whole = False
            if not _whole:
                active = src_dict.get("active", UNSET)
                product_plan_id = src_dict.get("productPlanId", UNSET)
                offered_product_plan_id = src_dict.get("offeredProductPlanId", UNSET)
                email = src_dict.get("email", UNSET)
                org_name = src_dict.get("orgName", UNSET)
                sms_enabled = src_dict.get("smsEnabled", UNSET)
                sms_brand_id = src_dict.get("smsBrandId", UNSET)
                sms_campaign_id = src_dict.get("smsCampaignId", UNSET)
                vida_premium = src_dict.get("vidaPremium", UNSET)
                external_account_id = src_dict.get("externalAccountId", UNSET)
                external_billing_id = src_dict.get("externalBillingId", UNSET)

            if _whole or len(src_dict) == (active is not UNSET) + (product_plan_id is not UNSET) + (
                offered_product_plan_id is not UNSET
            ) + (email is not UNSET) + (org_name is not UNSET) + (sms_enabled is not UNSET) + (
                sms_brand_id is not UNSET
            ) + (sms_campaign_id is not UNSET) + (vida_premium is not UNSET) + (external_account_id is not UNSET) + (
                external_billing_id is not UNSET
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
        _model.active = active
        _model.product_plan_id = product_plan_id
        _model.offered_product_plan_id = offered_product_plan_id
        _model.email = email
        _model.org_name = org_name
        _model.sms_enabled = sms_enabled
        _model.sms_brand_id = sms_brand_id
        _model.sms_campaign_id = sms_campaign_id
        _model.vida_premium = vida_premium
        _model.external_account_id = external_account_id
        _model.external_billing_id = external_billing_id
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

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
    from ..models.create_organization_body_numbering_providers_item import CreateOrganizationBodyNumberingProvidersItem
    from ..models.integration import Integration


T = TypeVar("T", bound="CreateOrganizationBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "orgName",
        "email",
        "productPlanId",
        "externalAccountId",
        "externalBillingId",
        "numberingProviders",
        "vidaPremium",
        "smsEnabled",
        "smsBrandId",
        "smsCampaignId",
        "integrations",
    )
)


@_attrs_define
class CreateOrganizationBody:
    """
    Attributes:
        org_name (str): Organization name Example: Acme Solar.
        email (str | Unset): Admin-user e-mail for the new org Example: admin@acmesolar.com.
        product_plan_id (str | Unset): Product-plan ID. If omitted, defaults to your reseller sell-plan. Example: pplan-
            basic-monthly.
        external_account_id (str | Unset): Your own CRM/customer ID for this org Example: external-org-12345.
        external_billing_id (str | Unset): External Id to match with your internal billing system Example: billing-
            id-12345.
        numbering_providers (list[CreateOrganizationBodyNumberingProvidersItem] | Unset): Array of numbering provider
            configurations
        vida_premium (bool | Unset): Mark this account as an actively paying account Example: True.
        sms_enabled (bool | Unset): Enable SMS Capabilities on the agent Example: True.
        sms_brand_id (str | Unset): SMS Brand Id that is registered for the organization Example: XXXXXX.
        sms_campaign_id (str | Unset): Approved SMS Campaign Id for the organizations traffic Example: XXXXXX.
        integrations (list[Integration] | Unset): Optional list of third-party app integrations to set up at org
            creation Example: [{'appId': 'some-app-id', 'appVersion': 'v1', 'appData': {'apiToken': 'APIToken'}}, {'appId':
            'another-example-app', 'appVersion': 'v2', 'appData': {'accountSid': 'sidxxxxxxx', 'accountToken':
            'tokenxxxxxxx', 'apiUrl': 'https://someurl.example'}}].
    """

    org_name: str
    email: str | Unset = UNSET
    product_plan_id: str | Unset = UNSET
    external_account_id: str | Unset = UNSET
    external_billing_id: str | Unset = UNSET
    numbering_providers: list[CreateOrganizationBodyNumberingProvidersItem] | Unset = UNSET
    vida_premium: bool | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    sms_brand_id: str | Unset = UNSET
    sms_campaign_id: str | Unset = UNSET
    integrations: list[Integration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_name = self.org_name

        email = self.email

        product_plan_id = self.product_plan_id

        external_account_id = self.external_account_id

        external_billing_id = self.external_billing_id

        numbering_providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbering_providers, Unset):
            numbering_providers = []
            for numbering_providers_item_data in self.numbering_providers:
                numbering_providers_item = numbering_providers_item_data.to_dict()
                numbering_providers.append(numbering_providers_item)

        vida_premium = self.vida_premium

        sms_enabled = self.sms_enabled

        sms_brand_id = self.sms_brand_id

        sms_campaign_id = self.sms_campaign_id

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgName": org_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if product_plan_id is not UNSET:
            field_dict["productPlanId"] = product_plan_id
        if external_account_id is not UNSET:
            field_dict["externalAccountId"] = external_account_id
        if external_billing_id is not UNSET:
            field_dict["externalBillingId"] = external_billing_id
        if numbering_providers is not UNSET:
            field_dict["numberingProviders"] = numbering_providers
        if vida_premium is not UNSET:
            field_dict["vidaPremium"] = vida_premium
        if sms_enabled is not UNSET:
            field_dict["smsEnabled"] = sms_enabled
        if sms_brand_id is not UNSET:
            field_dict["smsBrandId"] = sms_brand_id
        if sms_campaign_id is not UNSET:
            field_dict["smsCampaignId"] = sms_campaign_id
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            org_name = src_dict["orgName"]

            _whole = len(src_dict) == 11
            if _whole:
                try:
                    email = src_dict["email"]
                    product_plan_id = src_dict["productPlanId"]
                    external_account_id = src_dict["externalAccountId"]
                    external_billing_id = src_dict["externalBillingId"]
                    numbering_providers = src_dict["numberingProviders"]
                    vida_premium = src_dict["vidaPremium"]
                    sms_enabled = src_dict["smsEnabled"]
                    sms_brand_id = src_dict["smsBrandId"]
                    sms_campaign_id = src_dict["smsCampaignId"]
                    integrations = src_dict["integrations"]
                except KeyError:
                    _whole = False
            if not _whole:
                email = src_dict.get("email", UNSET)
                product_plan_id = src_dict.get("productPlanId", UNSET)
                external_account_id = src_dict.get("externalAccountId", UNSET)
                external_billing_id = src_dict.get("externalBillingId", UNSET)
                numbering_providers = src_dict.get("numberingProviders", UNSET)
                vida_premium = src_dict.get("vidaPremium", UNSET)
                sms_enabled = src_dict.get("smsEnabled", UNSET)
                sms_brand_id = src_dict.get("smsBrandId", UNSET)
                sms_campaign_id = src_dict.get("smsCampaignId", UNSET)
                integrations = src_dict.get("integrations", UNSET)

            if numbering_providers is not UNSET:
                _field = "numberingProviders"
                _items = []
                _read_item = _models.CreateOrganizationBodyNumberingProvidersItem.from_dict
                for _item in numbering_providers:
                    _items.append(_read_item(_item))
                numbering_providers = _items
                _items = None

            if integrations is not UNSET:
                _field = "integrations"
                _items = []
                _read_item = _models.Integration.from_dict
                for _item in integrations:
                    _items.append(_read_item(_item))
                integrations = _items
                _items = None

            if _whole or len(src_dict) == 1 + (email is not UNSET) + (product_plan_id is not UNSET) + (
                external_account_id is not UNSET
            ) + (external_billing_id is not UNSET) + (numbering_providers is not UNSET) + (
                vida_premium is not UNSET
            ) + (sms_enabled is not UNSET) + (sms_brand_id is not UNSET) + (sms_campaign_id is not UNSET) + (
                integrations is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.org_name = org_name
        _model.email = email
        _model.product_plan_id = product_plan_id
        _model.external_account_id = external_account_id
        _model.external_billing_id = external_billing_id
        _model.numbering_providers = numbering_providers
        _model.vida_premium = vida_premium
        _model.sms_enabled = sms_enabled
        _model.sms_brand_id = sms_brand_id
        _model.sms_campaign_id = sms_campaign_id
        _model.integrations = integrations
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

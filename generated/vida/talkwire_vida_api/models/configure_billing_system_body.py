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

T = TypeVar("T", bound="ConfigureBillingSystemBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("billingSystemType", "apiKey", "publishableKey", "webhookSigningKey", "site", "webhookUsername", "webhookPassword")
)


@_attrs_define
class ConfigureBillingSystemBody:
    """
    Attributes:
        billing_system_type (str): Type of billing system Example: stripe.
        api_key (str | Unset): Required - API Key used for billing system access Example: somekey.
        publishable_key (str | Unset): Required - Publishable Key used for embeded checkouts Example:
            somepublishablekey.
        webhook_signing_key (str | Unset): Required for Stripe only - used for validating webhooks are signed by Stripe
            Example: somewebhooksigningkey.
        site (str | Unset): Required for Chargebee only - site (without chargebee.com) of your payment system Example:
            vida.
        webhook_username (str | Unset): Required for Chargebee only - username for webhook authentication Example:
            someusername.
        webhook_password (str | Unset): Required for Chargebee only - password for webhook authentication Example:
            somepassword.
    """

    billing_system_type: str
    api_key: str | Unset = UNSET
    publishable_key: str | Unset = UNSET
    webhook_signing_key: str | Unset = UNSET
    site: str | Unset = UNSET
    webhook_username: str | Unset = UNSET
    webhook_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_system_type = self.billing_system_type

        api_key = self.api_key

        publishable_key = self.publishable_key

        webhook_signing_key = self.webhook_signing_key

        site = self.site

        webhook_username = self.webhook_username

        webhook_password = self.webhook_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingSystemType": billing_system_type,
            }
        )
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if publishable_key is not UNSET:
            field_dict["publishableKey"] = publishable_key
        if webhook_signing_key is not UNSET:
            field_dict["webhookSigningKey"] = webhook_signing_key
        if site is not UNSET:
            field_dict["site"] = site
        if webhook_username is not UNSET:
            field_dict["webhookUsername"] = webhook_username
        if webhook_password is not UNSET:
            field_dict["webhookPassword"] = webhook_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            billing_system_type = src_dict["billingSystemType"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    api_key = src_dict["apiKey"]
                    publishable_key = src_dict["publishableKey"]
                    webhook_signing_key = src_dict["webhookSigningKey"]
                    site = src_dict["site"]
                    webhook_username = src_dict["webhookUsername"]
                    webhook_password = src_dict["webhookPassword"]
                except KeyError:
                    _whole = False
            if not _whole:
                api_key = src_dict.get("apiKey", UNSET)
                publishable_key = src_dict.get("publishableKey", UNSET)
                webhook_signing_key = src_dict.get("webhookSigningKey", UNSET)
                site = src_dict.get("site", UNSET)
                webhook_username = src_dict.get("webhookUsername", UNSET)
                webhook_password = src_dict.get("webhookPassword", UNSET)

            if _whole or len(src_dict) == 1 + (api_key is not UNSET) + (publishable_key is not UNSET) + (
                webhook_signing_key is not UNSET
            ) + (site is not UNSET) + (webhook_username is not UNSET) + (webhook_password is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.billing_system_type = billing_system_type
        _model.api_key = api_key
        _model.publishable_key = publishable_key
        _model.webhook_signing_key = webhook_signing_key
        _model.site = site
        _model.webhook_username = webhook_username
        _model.webhook_password = webhook_password
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

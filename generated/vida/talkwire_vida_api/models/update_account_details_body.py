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

T = TypeVar("T", bound="UpdateAccountDetailsBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "partnerName",
        "resellerName",
        "orgName",
        "accountName",
        "firstName",
        "lastName",
        "description",
        "image",
        "businessName",
        "businessAddress",
        "email",
    )
)


@_attrs_define
class UpdateAccountDetailsBody:
    """
    Attributes:
        name (str | Unset): Full name Example: Ada Lovelace.
        partner_name (str | Unset): Partner name (for partner accounts only)
        reseller_name (str | Unset): Reseller name (for reseller accounts only)
        org_name (str | Unset): Organization name
        account_name (str | Unset): Account name
        first_name (str | Unset): First name
        last_name (str | Unset): Last name
        description (str | Unset): Profile description
        image (str | Unset): Profile image URL
        business_name (str | Unset): Business name
        business_address (str | Unset): Business address
        email (str | Unset): Email address
    """

    name: str | Unset = UNSET
    partner_name: str | Unset = UNSET
    reseller_name: str | Unset = UNSET
    org_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    business_name: str | Unset = UNSET
    business_address: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        partner_name = self.partner_name

        reseller_name = self.reseller_name

        org_name = self.org_name

        account_name = self.account_name

        first_name = self.first_name

        last_name = self.last_name

        description = self.description

        image = self.image

        business_name = self.business_name

        business_address = self.business_address

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if reseller_name is not UNSET:
            field_dict["resellerName"] = reseller_name
        if org_name is not UNSET:
            field_dict["orgName"] = org_name
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if business_address is not UNSET:
            field_dict["businessAddress"] = business_address
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 12
            if _whole:
                try:
                    name = src_dict["name"]
                    partner_name = src_dict["partnerName"]
                    reseller_name = src_dict["resellerName"]
                    org_name = src_dict["orgName"]
                    account_name = src_dict["accountName"]
                    first_name = src_dict["firstName"]
                    last_name = src_dict["lastName"]
                    description = src_dict["description"]
                    image = src_dict["image"]
                    business_name = src_dict["businessName"]
                    business_address = src_dict["businessAddress"]
                    email = src_dict["email"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                partner_name = src_dict.get("partnerName", UNSET)
                reseller_name = src_dict.get("resellerName", UNSET)
                org_name = src_dict.get("orgName", UNSET)
                account_name = src_dict.get("accountName", UNSET)
                first_name = src_dict.get("firstName", UNSET)
                last_name = src_dict.get("lastName", UNSET)
                description = src_dict.get("description", UNSET)
                image = src_dict.get("image", UNSET)
                business_name = src_dict.get("businessName", UNSET)
                business_address = src_dict.get("businessAddress", UNSET)
                email = src_dict.get("email", UNSET)

            if _whole or len(src_dict) == (name is not UNSET) + (partner_name is not UNSET) + (
                reseller_name is not UNSET
            ) + (org_name is not UNSET) + (account_name is not UNSET) + (first_name is not UNSET) + (
                last_name is not UNSET
            ) + (description is not UNSET) + (image is not UNSET) + (business_name is not UNSET) + (
                business_address is not UNSET
            ) + (email is not UNSET):
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
        _model.partner_name = partner_name
        _model.reseller_name = reseller_name
        _model.org_name = org_name
        _model.account_name = account_name
        _model.first_name = first_name
        _model.last_name = last_name
        _model.description = description
        _model.image = image
        _model.business_name = business_name
        _model.business_address = business_address
        _model.email = email
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

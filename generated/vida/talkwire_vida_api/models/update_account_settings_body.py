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

T = TypeVar("T", bound="UpdateAccountSettingsBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("active", "accountName", "externalAccountId", "externalBillingId"))


@_attrs_define
class UpdateAccountSettingsBody:
    """
    Attributes:
        active (bool | Unset): Account status - if set to false calls and messages will not be answered Example: True.
        account_name (str | Unset): Change Account Name Example: Support Team.
        external_account_id (str | Unset): External Account Id to match with your internal system account Id. Set to
            null to remove it. Example: AC_XXXXXXX.
        external_billing_id (str | Unset): External Id to match with your internal billing system. Set to null to remove
            it. Example: somebillingId.
    """

    active: bool | Unset = UNSET
    account_name: str | Unset = UNSET
    external_account_id: str | Unset = UNSET
    external_billing_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        account_name = self.account_name

        external_account_id = self.external_account_id

        external_billing_id = self.external_billing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if external_account_id is not UNSET:
            field_dict["externalAccountId"] = external_account_id
        if external_billing_id is not UNSET:
            field_dict["externalBillingId"] = external_billing_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    active = src_dict["active"]
                    account_name = src_dict["accountName"]
                    external_account_id = src_dict["externalAccountId"]
                    external_billing_id = src_dict["externalBillingId"]
                except KeyError:
                    _whole = False
            if not _whole:
                active = src_dict.get("active", UNSET)
                account_name = src_dict.get("accountName", UNSET)
                external_account_id = src_dict.get("externalAccountId", UNSET)
                external_billing_id = src_dict.get("externalBillingId", UNSET)

            if _whole or len(src_dict) == (active is not UNSET) + (account_name is not UNSET) + (
                external_account_id is not UNSET
            ) + (external_billing_id is not UNSET):
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
        _model.account_name = account_name
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

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
    from ..models.integration import Integration


T = TypeVar("T", bound="CreateAccountBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("accountName", "externalAccountId", "externalBillingId", "integrations"))


@_attrs_define
class CreateAccountBody:
    """
    Attributes:
        account_name (str | Unset): Account Name Example: Acme Solar Bay Area Support Agent.
        external_account_id (str | Unset): External Account Id to match with your internal system account Id Example:
            AC_12345.
        external_billing_id (str | Unset): External Id to match with your internal billing system Example: billing-
            id-6789.
        integrations (list[Integration] | Unset): Optional list of third-party app integrations to set up at org
            creation Example: [{'appId': 'some-app-id', 'appVersion': 'v1', 'appData': {'apiToken': 'APIToken'}}, {'appId':
            'another-example-app', 'appVersion': 'v2', 'appData': {'accountSid': 'sidxxxxxxx', 'accountToken':
            'tokenxxxxxxx', 'apiUrl': 'https://someurl.example'}}].
    """

    account_name: str | Unset = UNSET
    external_account_id: str | Unset = UNSET
    external_billing_id: str | Unset = UNSET
    integrations: list[Integration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        external_account_id = self.external_account_id

        external_billing_id = self.external_billing_id

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if external_account_id is not UNSET:
            field_dict["externalAccountId"] = external_account_id
        if external_billing_id is not UNSET:
            field_dict["externalBillingId"] = external_billing_id
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    account_name = src_dict["accountName"]
                    external_account_id = src_dict["externalAccountId"]
                    external_billing_id = src_dict["externalBillingId"]
                    integrations = src_dict["integrations"]
                except KeyError:
                    _whole = False
            if not _whole:
                account_name = src_dict.get("accountName", UNSET)
                external_account_id = src_dict.get("externalAccountId", UNSET)
                external_billing_id = src_dict.get("externalBillingId", UNSET)
                integrations = src_dict.get("integrations", UNSET)

            if integrations is not UNSET:
                _field = "integrations"
                _items = []
                _read_item = _models.Integration.from_dict
                for _item in integrations:
                    _items.append(_read_item(_item))
                integrations = _items
                _items = None

            if _whole or len(src_dict) == (account_name is not UNSET) + (external_account_id is not UNSET) + (
                external_billing_id is not UNSET
            ) + (integrations is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.account_name = account_name
        _model.external_account_id = external_account_id
        _model.external_billing_id = external_billing_id
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_accounts_response_200_accounts_item import SearchAccountsResponse200AccountsItem


T = TypeVar("T", bound="SearchAccountsResponse200")


@_attrs_define
class SearchAccountsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        total_accounts (float | Unset):  Example: 1.
        page_size (float | Unset):  Example: 20.
        page_number (float | Unset):  Example: 0.
        accounts (list[SearchAccountsResponse200AccountsItem] | Unset):
    """

    success: bool | Unset = UNSET
    total_accounts: float | Unset = UNSET
    page_size: float | Unset = UNSET
    page_number: float | Unset = UNSET
    accounts: list[SearchAccountsResponse200AccountsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        total_accounts = self.total_accounts

        page_size = self.page_size

        page_number = self.page_number

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if total_accounts is not UNSET:
            field_dict["totalAccounts"] = total_accounts
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_accounts_response_200_accounts_item import SearchAccountsResponse200AccountsItem

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        total_accounts = d.pop("totalAccounts", UNSET)

        page_size = d.pop("pageSize", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[SearchAccountsResponse200AccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = SearchAccountsResponse200AccountsItem.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _model = cls.__new__(cls)
        _model.success = success
        _model.total_accounts = total_accounts
        _model.page_size = page_size
        _model.page_number = page_number
        _model.accounts = accounts

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

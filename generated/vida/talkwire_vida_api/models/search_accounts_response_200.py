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
    from ..models.search_accounts_response_200_accounts_item import SearchAccountsResponse200AccountsItem


T = TypeVar("T", bound="SearchAccountsResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "totalAccounts", "pageSize", "pageNumber", "accounts"))


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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    success = src_dict["success"]
                    total_accounts = src_dict["totalAccounts"]
                    page_size = src_dict["pageSize"]
                    page_number = src_dict["pageNumber"]
                    accounts = src_dict["accounts"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                total_accounts = src_dict.get("totalAccounts", UNSET)
                page_size = src_dict.get("pageSize", UNSET)
                page_number = src_dict.get("pageNumber", UNSET)
                accounts = src_dict.get("accounts", UNSET)

            if accounts is not UNSET:
                _field = "accounts"
                _items = []
                _read_item = _models.SearchAccountsResponse200AccountsItem.from_dict
                for _item in accounts:
                    _items.append(_read_item(_item))
                accounts = _items
                _items = None

            if _whole or len(src_dict) == (success is not UNSET) + (total_accounts is not UNSET) + (
                page_size is not UNSET
            ) + (page_number is not UNSET) + (accounts is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.total_accounts = total_accounts
        _model.page_size = page_size
        _model.page_number = page_number
        _model.accounts = accounts
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

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
    from ..models.customer import Customer
    from ..models.seller import Seller


T = TypeVar("T", bound="Attendees")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("sellers", "customers"))


@_attrs_define
class Attendees:
    """Who attended, split by side.

    Attributes:
        sellers (list[Seller] | Unset):
        customers (list[Customer] | Unset):
    """

    sellers: list[Seller] | Unset = UNSET
    customers: list[Customer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sellers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sellers, Unset):
            sellers = []
            for sellers_item_data in self.sellers:
                sellers_item = sellers_item_data.to_dict()
                sellers.append(sellers_item)

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sellers is not UNSET:
            field_dict["sellers"] = sellers
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    sellers = src_dict["sellers"]
                    customers = src_dict["customers"]
                except KeyError:
                    _whole = False
            if not _whole:
                sellers = src_dict.get("sellers", UNSET)
                customers = src_dict.get("customers", UNSET)
            if sellers is not UNSET:
                _field = "sellers"
                _items = []
                _read_item = _models.Seller.from_dict
                for _item in sellers:
                    _items.append(_read_item(_item))
                sellers = _items
                _items = None

            if customers is not UNSET:
                _field = "customers"
                _items = []
                _read_item = _models.Customer.from_dict
                for _item in customers:
                    _items.append(_read_item(_item))
                customers = _items
                _items = None

            if _whole or len(src_dict) == (sellers is not UNSET) + (customers is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.sellers = sellers
        _model.customers = customers
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

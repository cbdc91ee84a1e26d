from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.seller import Seller


T = TypeVar("T", bound="Attendees")


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
        from ..models.customer import Customer
        from ..models.seller import Seller

        d = dict(src_dict)
        _sellers = d.pop("sellers", UNSET)
        sellers: list[Seller] | Unset = UNSET
        if _sellers is not UNSET:
            sellers = []
            for sellers_item_data in _sellers:
                sellers_item = Seller.from_dict(sellers_item_data)

                sellers.append(sellers_item)

        _customers = d.pop("customers", UNSET)
        customers: list[Customer] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = Customer.from_dict(customers_item_data)

                customers.append(customers_item)

        _model = cls.__new__(cls)
        _model.sellers = sellers
        _model.customers = customers

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

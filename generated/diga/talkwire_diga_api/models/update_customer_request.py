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
    from ..models.address import Address
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateCustomerRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("address", "email", "name", "phone", "metadata", "default_payment_method_id"))


@_attrs_define
class UpdateCustomerRequest:
    """Stripe customer fields to update. Vendor schema `CustomerRequestSchema`.

    Attributes:
        address (Address | None | Unset):
        email (None | str | Unset):
        name (None | str | Unset):
        phone (None | str | Unset):
        metadata (JsonObject | None | Unset):
        default_payment_method_id (None | str | Unset):
    """

    address: Address | None | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    default_payment_method_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address
        from ..models.json_object import JsonObject

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        default_payment_method_id: None | str | Unset
        if isinstance(self.default_payment_method_id, Unset):
            default_payment_method_id = UNSET
        else:
            default_payment_method_id = self.default_payment_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if default_payment_method_id is not UNSET:
            field_dict["default_payment_method_id"] = default_payment_method_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 6
            if _whole:
                try:
                    address = src_dict["address"]
                    email = src_dict["email"]
                    name = src_dict["name"]
                    phone = src_dict["phone"]
                    metadata = src_dict["metadata"]
                    default_payment_method_id = src_dict["default_payment_method_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                address = src_dict.get("address", UNSET)
                email = src_dict.get("email", UNSET)
                name = src_dict.get("name", UNSET)
                phone = src_dict.get("phone", UNSET)
                metadata = src_dict.get("metadata", UNSET)
                default_payment_method_id = src_dict.get("default_payment_method_id", UNSET)
            if address is not UNSET and address is not None:
                _field = "address"
                address = _models.Address.from_dict(address)

            if metadata is not UNSET and metadata is not None:
                _field = "metadata"
                metadata = _models.JsonObject.from_dict(metadata)

            if _whole or len(src_dict) == (address is not UNSET) + (email is not UNSET) + (name is not UNSET) + (
                phone is not UNSET
            ) + (metadata is not UNSET) + (default_payment_method_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.address = address
        _model.email = email
        _model.name = name
        _model.phone = phone
        _model.metadata = metadata
        _model.default_payment_method_id = default_payment_method_id
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

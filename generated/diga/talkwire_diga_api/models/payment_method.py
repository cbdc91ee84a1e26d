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
    from ..models.payment_card import PaymentCard
    from ..models.payment_link import PaymentLink


T = TypeVar("T", bound="PaymentMethod")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "type", "card", "link", "is_default"))


@_attrs_define
class PaymentMethod:
    """A payment method (only cards are supported). Vendor schema `PaymentMethodResponseSchema`.

    Attributes:
        id (str):
        type_ (str):
        card (None | PaymentCard):
        link (None | PaymentLink | Unset):
        is_default (bool | Unset): Whether it is the customer's default payment method. Default: False.
    """

    id: str
    type_: str
    card: None | PaymentCard
    link: None | PaymentLink | Unset = UNSET
    is_default: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_card import PaymentCard
        from ..models.payment_link import PaymentLink

        id = self.id

        type_ = self.type_

        card: dict[str, Any] | None
        if isinstance(self.card, PaymentCard):
            card = self.card.to_dict()
        else:
            card = self.card

        link: dict[str, Any] | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        elif isinstance(self.link, PaymentLink):
            link = self.link.to_dict()
        else:
            link = self.link

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "card": card,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            id = src_dict["id"]

            type_ = src_dict["type"]

            _field = "card"
            card = src_dict["card"]
            if card is not None:
                card = _models.PaymentCard.from_dict(card)

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    link = src_dict["link"]
                    is_default = src_dict["is_default"]
                except KeyError:
                    _whole = False
            if not _whole:
                link = src_dict.get("link", UNSET)
                is_default = src_dict.get("is_default", UNSET)
            if link is not UNSET and link is not None:
                _field = "link"
                link = _models.PaymentLink.from_dict(link)

            if _whole or len(src_dict) == 3 + (link is not UNSET) + (is_default is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.type_ = type_
        _model.card = card
        _model.link = link
        _model.is_default = is_default
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

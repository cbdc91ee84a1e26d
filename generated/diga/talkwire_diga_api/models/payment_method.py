from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_card import PaymentCard
    from ..models.payment_link import PaymentLink


T = TypeVar("T", bound="PaymentMethod")


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
        from ..models.payment_card import PaymentCard
        from ..models.payment_link import PaymentLink

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_card(data: object) -> None | PaymentCard:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = PaymentCard.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PaymentCard")

        card = _parse_card(d.pop("card"))

        def _parse_link(data: object) -> None | PaymentLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                link_type_0 = PaymentLink.from_dict(data)

                return link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PaymentLink")

        link = _parse_link(d.pop("link", UNSET))

        is_default = d.pop("is_default", UNSET)

        _model = cls.__new__(cls)
        _model.id = id
        _model.type_ = type_
        _model.card = card
        _model.link = link
        _model.is_default = is_default

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _uuid_from_wire,
)

T = TypeVar("T", bound="WebhookMeta")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("token_prefix", "delivery_id"))


@_attrs_define
class WebhookMeta:
    """`_meta` of a webhook payload: unlike REST responses it carries the delivery id and no `timestamp` (the event time is
    the payload's top-level `timestamp`).

        Attributes:
            token_prefix (str): Prefix of the token the webhook belongs to, e.g. `mt_ab12cd34`.
            delivery_id (UUID): Delivery id; the same value as the `X-Webhook-Delivery-Id` header.
    """

    token_prefix: str
    delivery_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_prefix = self.token_prefix

        delivery_id = str(self.delivery_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_prefix": token_prefix,
                "delivery_id": delivery_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            token_prefix = src_dict["token_prefix"]

            _field = "delivery_id"
            delivery_id = _uuid_from_wire(src_dict["delivery_id"])

            if len(src_dict) == 2:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.token_prefix = token_prefix
        _model.delivery_id = delivery_id
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

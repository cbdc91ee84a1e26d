from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _fromisoformat,
    _uuid_from_wire,
)

T = TypeVar("T", bound="CreatePhoneCallRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "media_url",
        "duration",
        "user_id",
        "call_from_number",
        "customer_name",
        "customer_email",
        "customer_phone",
        "occurred_at",
    )
)


@_attrs_define
class CreatePhoneCallRequest:
    """
    Attributes:
        name (str): The name to identify the call by.
        media_url (str): Where diio fetches the recording from.
        duration (int): The call's length in seconds.
        user_id (UUID): The diio user the call belongs to (see `listUsers`).
        call_from_number (str): The number the call was made from.
        customer_name (str):
        customer_email (str):
        customer_phone (str):
        occurred_at (datetime.datetime): When the call was made, in UTC (documented), without a zone offset as in the
            docs' example; the generated client takes a naive datetime.
    """

    name: str
    media_url: str
    duration: int
    user_id: UUID
    call_from_number: str
    customer_name: str
    customer_email: str
    customer_phone: str
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        media_url = self.media_url

        duration = self.duration

        user_id = str(self.user_id)

        call_from_number = self.call_from_number

        customer_name = self.customer_name

        customer_email = self.customer_email

        customer_phone = self.customer_phone

        occurred_at: str
        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "media_url": media_url,
                "duration": duration,
                "user_id": user_id,
                "call_from_number": call_from_number,
                "customer_name": customer_name,
                "customer_email": customer_email,
                "customer_phone": customer_phone,
                "occurred_at": occurred_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            media_url = src_dict["media_url"]

            duration = src_dict["duration"]

            _field = "user_id"
            user_id = _uuid_from_wire(src_dict["user_id"])

            call_from_number = src_dict["call_from_number"]

            customer_name = src_dict["customer_name"]

            customer_email = src_dict["customer_email"]

            customer_phone = src_dict["customer_phone"]

            _field = "occurred_at"
            occurred_at = _fromisoformat(src_dict["occurred_at"])

            if len(src_dict) == 9:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.name = name
        _model.media_url = media_url
        _model.duration = duration
        _model.user_id = user_id
        _model.call_from_number = call_from_number
        _model.customer_name = customer_name
        _model.customer_email = customer_email
        _model.customer_phone = customer_phone
        _model.occurred_at = occurred_at
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

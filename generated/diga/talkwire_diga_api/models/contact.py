from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _uuid_from_wire,
)
from ..models.contact_channel import ContactChannel

T = TypeVar("T", bound="Contact")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_contact_channel_member = ContactChannel._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "created_date", "identifier", "contact_type"))


@_attrs_define
class Contact:
    """The other party of a call. Vendor schema `ContactResponseSchema`.

    Attributes:
        id (UUID):
        created_date (datetime.datetime): First time the contact was seen.
        identifier (str): E.164 phone number for call contacts; browser id for web contacts.
        contact_type (ContactChannel): Channel of a contact: a phone call or the web widget (vendor enum `Channel`).
    """

    id: UUID
    created_date: datetime.datetime
    identifier: str
    contact_type: ContactChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_date = self.created_date.isoformat()

        identifier = self.identifier

        contact_type = self.contact_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_date": created_date,
                "identifier": identifier,
                "contact_type": contact_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "created_date"
            try:
                created_date = _fromisoformat(src_dict["created_date"])
            except ValueError:
                created_date = _datetime_fallback(src_dict["created_date"])

            identifier = src_dict["identifier"]

            _field = "contact_type"
            contact_type = src_dict["contact_type"]
            contact_type = _contact_channel_member(contact_type) or ContactChannel(contact_type)

            if len(src_dict) == 4:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.id = id
        _model.created_date = created_date
        _model.identifier = identifier
        _model.contact_type = contact_type
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

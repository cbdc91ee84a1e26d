from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel import ContactChannel

T = TypeVar("T", bound="Contact")


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
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        identifier = d.pop("identifier")

        contact_type = ContactChannel(d.pop("contact_type"))

        _model = cls.__new__(cls)
        _model.id = id
        _model.created_date = created_date
        _model.identifier = identifier
        _model.contact_type = contact_type

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

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateVerificationRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("signed_document", "notification_email"))


@_attrs_define
class CreateVerificationRequest:
    """Multipart form: the signed verification document (PDF). Vendor schema
    `Body_create_verification_v1_verification__post`.

        Attributes:
            signed_document (File): The signed verification document (PDF).
            notification_email (None | str | Unset): Address notified of the review outcome.
    """

    signed_document: File
    notification_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signed_document = self.signed_document.to_tuple()

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
            notification_email = self.notification_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signed_document": signed_document,
            }
        )
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("signed_document", self.signed_document.to_tuple()))

        if not isinstance(self.notification_email, Unset) and self.notification_email is not None:
            if isinstance(self.notification_email, str):
                files.append(("notification_email", (None, str(self.notification_email).encode(), "text/plain")))
            else:
                files.append(("notification_email", (None, str(self.notification_email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "signed_document"
            signed_document = File(payload=BytesIO(src_dict["signed_document"]))

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    notification_email = src_dict["notification_email"]
                except KeyError:
                    _whole = False
            if not _whole:
                notification_email = src_dict.get("notification_email", UNSET)

            if _whole or len(src_dict) == 1 + (notification_email is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.signed_document = signed_document
        _model.notification_email = notification_email
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

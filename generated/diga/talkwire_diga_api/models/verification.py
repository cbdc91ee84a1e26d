from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Verification")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_verification_status_member = VerificationStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "status", "notification_email", "status_reason"))


@_attrs_define
class Verification:
    """A company verification; reviewed manually. Vendor schema `VerificationResponseSchema`.

    Attributes:
        id (UUID):
        status (VerificationStatus): Review status of a company verification.
        notification_email (None | str | Unset): Address notified of the review outcome.
        status_reason (None | str | Unset): Reviewer's reason, e.g. for a rejection.
    """

    id: UUID
    status: VerificationStatus
    notification_email: None | str | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
            notification_email = self.notification_email

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "status"
            status = src_dict["status"]
            status = _verification_status_member(status) or VerificationStatus(status)

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    notification_email = src_dict["notification_email"]
                    status_reason = src_dict["status_reason"]
                except KeyError:
                    _whole = False
            if not _whole:
                notification_email = src_dict.get("notification_email", UNSET)
                status_reason = src_dict.get("status_reason", UNSET)

            if _whole or len(src_dict) == 2 + (notification_email is not UNSET) + (status_reason is not UNSET):
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
        _model.status = status
        _model.notification_email = notification_email
        _model.status_reason = status_reason
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

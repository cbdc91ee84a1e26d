from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventData")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("call_id", "status", "duration", "disposition"))


@_attrs_define
class WebhookEventData:
    """Event data. Only the `call.completed` data is documented (`call_id`, `status`, `duration`, `disposition`); other
    events carry fields that are not documented and are kept as additional properties. `status` is a plain string
    because campaign and import events presumably report their own statuses.

        Attributes:
            call_id (str | Unset):
            status (str | Unset): Status of the subject (for call events a `CallStatus` value, e.g. `completed`).
            duration (int | Unset): Call length in seconds.
            disposition (str | Unset):
    """

    call_id: str | Unset = UNSET
    status: str | Unset = UNSET
    duration: int | Unset = UNSET
    disposition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        status = self.status

        duration = self.duration

        disposition = self.disposition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if disposition is not UNSET:
            field_dict["disposition"] = disposition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    call_id = src_dict["call_id"]
                    status = src_dict["status"]
                    duration = src_dict["duration"]
                    disposition = src_dict["disposition"]
                except KeyError:
                    _whole = False
            if not _whole:
                call_id = src_dict.get("call_id", UNSET)
                status = src_dict.get("status", UNSET)
                duration = src_dict.get("duration", UNSET)
                disposition = src_dict.get("disposition", UNSET)

            if _whole or len(src_dict) == (call_id is not UNSET) + (status is not UNSET) + (duration is not UNSET) + (
                disposition is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.call_id = call_id
        _model.status = status
        _model.duration = duration
        _model.disposition = disposition
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

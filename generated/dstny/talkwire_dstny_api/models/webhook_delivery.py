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
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDelivery")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "event_type",
        "status",
        "attempts",
        "created_at",
        "resource_id",
        "last_attempt_at",
        "delivered_at",
        "response_status",
    )
)


@_attrs_define
class WebhookDelivery:
    """One webhook delivery (attempted or done).

    Attributes:
        id (UUID): Delivery id; the same value as the webhook's `_meta.delivery_id` and `X-Webhook-Delivery-Id` header
            (inferred from identical examples).
        event_type (str): Event name, e.g. `conversation.completed` (the only documented event). A plain string, not the
            `WebhookEventType` enum, so a future event type does not break listing deliveries.
        status (str): Delivery state, e.g. `delivered`. The other values are undocumented.
        attempts (int): Number of delivery attempts so far.
        created_at (datetime.datetime):
        resource_id (UUID | Unset): Id of the resource the event is about (the conversation).
        last_attempt_at (datetime.datetime | None | Unset): Time of the last attempt; null before the first attempt is
            inferred.
        delivered_at (datetime.datetime | None | Unset): Time of successful delivery; null if not (yet) delivered
            (inferred).
        response_status (int | None | Unset): HTTP status the receiver answered with; null when there was no answer is
            inferred.
    """

    id: UUID
    event_type: str
    status: str
    attempts: int
    created_at: datetime.datetime
    resource_id: UUID | Unset = UNSET
    last_attempt_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    response_status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_type = self.event_type

        status = self.status

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        resource_id: str | Unset = UNSET
        if not isinstance(self.resource_id, Unset):
            resource_id = str(self.resource_id)

        last_attempt_at: None | str | Unset
        if isinstance(self.last_attempt_at, Unset):
            last_attempt_at = UNSET
        elif isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        response_status: int | None | Unset
        if isinstance(self.response_status, Unset):
            response_status = UNSET
        else:
            response_status = self.response_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "status": status,
                "attempts": attempts,
                "created_at": created_at,
            }
        )
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if last_attempt_at is not UNSET:
            field_dict["last_attempt_at"] = last_attempt_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if response_status is not UNSET:
            field_dict["response_status"] = response_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            event_type = src_dict["event_type"]

            status = src_dict["status"]

            attempts = src_dict["attempts"]

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    resource_id = src_dict["resource_id"]
                    last_attempt_at = src_dict["last_attempt_at"]
                    delivered_at = src_dict["delivered_at"]
                    response_status = src_dict["response_status"]
                except KeyError:
                    _whole = False
            if not _whole:
                resource_id = src_dict.get("resource_id", UNSET)
                last_attempt_at = src_dict.get("last_attempt_at", UNSET)
                delivered_at = src_dict.get("delivered_at", UNSET)
                response_status = src_dict.get("response_status", UNSET)
            if resource_id is not UNSET:
                _field = "resource_id"
                resource_id = _uuid_from_wire(resource_id)

            if last_attempt_at is not UNSET and last_attempt_at is not None:
                _field = "last_attempt_at"
                try:
                    last_attempt_at = _fromisoformat(last_attempt_at)
                except ValueError:
                    last_attempt_at = _datetime_fallback(last_attempt_at)

            if delivered_at is not UNSET and delivered_at is not None:
                _field = "delivered_at"
                try:
                    delivered_at = _fromisoformat(delivered_at)
                except ValueError:
                    delivered_at = _datetime_fallback(delivered_at)

            if _whole or len(src_dict) == 5 + (resource_id is not UNSET) + (last_attempt_at is not UNSET) + (
                delivered_at is not UNSET
            ) + (response_status is not UNSET):
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
        _model.event_type = event_type
        _model.status = status
        _model.attempts = attempts
        _model.created_at = created_at
        _model.resource_id = resource_id
        _model.last_attempt_at = last_attempt_at
        _model.delivered_at = delivered_at
        _model.response_status = response_status
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_event_data import WebhookEventData


T = TypeVar("T", bound="WebhookEvent")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_webhook_event_type_member = WebhookEventType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("event", "timestamp", "data", "signature"))


@_attrs_define
class WebhookEvent:
    """Payload Vocelio posts for every webhook event (documented example for `call.completed`).

    Attributes:
        event (WebhookEventType): Webhook events. The document's event list: `call.initiated` call has been started;
            `call.answered` call
            was answered; `call.completed` call finished successfully; `call.failed` call failed to connect;
            `campaign.started` campaign began; `campaign.paused` campaign was paused; `campaign.completed` campaign
            finished; `lead.imported` leads successfully imported; `recording.ready` call recording available;
            `transcription.complete` transcription finished. The document's own subscription example uses
            `campaign.finished` instead, which the list does not have: the document disagrees with itself, so both
            are accepted in a subscription (which of them Vocelio sends is not documented; a value not listed here
            is kept as it is on the way in).
        timestamp (datetime.datetime): When the event happened.
        data (WebhookEventData): Event data. Only the `call.completed` data is documented (`call_id`, `status`,
            `duration`, `disposition`); other events carry fields that are not documented and are kept as additional
            properties. `status` is a plain string because campaign and import events presumably report their own statuses.
        signature (str | Unset): `sha256=...` signature as shown in the documented payload. The document does not say
            what it covers; talkwire verifies it (unconfirmed) as the HMAC-SHA256 of the payload without this field, written
            as compact JSON (JavaScript's JSON.stringify), keyed with the subscription's secret; see the `webhooks` tag.
    """

    event: WebhookEventType
    timestamp: datetime.datetime
    data: WebhookEventData
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
                "data": data,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "event"
            event = src_dict["event"]
            event = _webhook_event_type_member(event) or WebhookEventType(event)

            _field = "timestamp"
            try:
                timestamp = _fromisoformat(src_dict["timestamp"])
            except ValueError:
                timestamp = _datetime_fallback(src_dict["timestamp"])

            _field = "data"
            data = _models.WebhookEventData.from_dict(src_dict["data"])

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    signature = src_dict["signature"]
                except KeyError:
                    _whole = False
            if not _whole:
                signature = src_dict.get("signature", UNSET)

            if _whole or len(src_dict) == 3 + (signature is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.event = event
        _model.timestamp = timestamp
        _model.data = data
        _model.signature = signature
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

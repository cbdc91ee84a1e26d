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
)
from ..models.webhook_event_type import WebhookEventType

if TYPE_CHECKING:
    from ..models.conversation_completed_data import ConversationCompletedData
    from ..models.webhook_meta import WebhookMeta


T = TypeVar("T", bound="ConversationCompletedEvent")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_webhook_event_type_member = WebhookEventType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("event", "timestamp", "data", "_meta"))


@_attrs_define
class ConversationCompletedEvent:
    """Payload of the `conversation.completed` webhook.

    Attributes:
        event (WebhookEventType): Webhook event name. `conversation.completed` is the only documented event.
        timestamp (datetime.datetime): Event time.
        data (ConversationCompletedData): The `data` of a `conversation.completed` event.
        field_meta (WebhookMeta): `_meta` of a webhook payload: unlike REST responses it carries the delivery id and no
            `timestamp` (the event time is the payload's top-level `timestamp`).
    """

    event: WebhookEventType
    timestamp: datetime.datetime
    data: ConversationCompletedData
    field_meta: WebhookMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_meta = self.field_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "timestamp": timestamp,
                "data": data,
                "_meta": field_meta,
            }
        )

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
            data = _models.ConversationCompletedData.from_dict(src_dict["data"])

            _field = "_meta"
            field_meta = _models.WebhookMeta.from_dict(src_dict["_meta"])

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
        _model.event = event
        _model.timestamp = timestamp
        _model.data = data
        _model.field_meta = field_meta
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

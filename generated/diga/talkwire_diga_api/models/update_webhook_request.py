from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_webhook_event_member = WebhookEvent._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("url", "subscribed_events"))


@_attrs_define
class UpdateWebhookRequest:
    """Partial update of a webhook (URL and/or events; the secret cannot be changed here). Vendor schema
    `WebhookUpdateRequest`.

        Attributes:
            url (str | Unset): Endpoint that receives the deliveries.
            subscribed_events (list[WebhookEvent] | None | Unset): Events delivered to the endpoint.
    """

    url: str | Unset = UNSET
    subscribed_events: list[WebhookEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        subscribed_events: list[str] | None | Unset
        if isinstance(self.subscribed_events, Unset):
            subscribed_events = UNSET
        elif isinstance(self.subscribed_events, list):
            subscribed_events = []
            for subscribed_events_type_0_item_data in self.subscribed_events:
                subscribed_events_type_0_item = subscribed_events_type_0_item_data.value
                subscribed_events.append(subscribed_events_type_0_item)

        else:
            subscribed_events = self.subscribed_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if subscribed_events is not UNSET:
            field_dict["subscribed_events"] = subscribed_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    url = src_dict["url"]
                    subscribed_events = src_dict["subscribed_events"]
                except KeyError:
                    _whole = False
            if not _whole:
                url = src_dict.get("url", UNSET)
                subscribed_events = src_dict.get("subscribed_events", UNSET)

            if subscribed_events is not UNSET and subscribed_events is not None:
                _field = "subscribed_events"
                if not isinstance(subscribed_events, list):
                    _not_valid(subscribed_events, "list[WebhookEvent] | None")
                _items = []
                for _item in subscribed_events:
                    _items.append(_webhook_event_member(_item) or WebhookEvent(_item))
                subscribed_events = _items
                _items = None

            if _whole or len(src_dict) == (url is not UNSET) + (subscribed_events is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.url = url
        _model.subscribed_events = subscribed_events
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

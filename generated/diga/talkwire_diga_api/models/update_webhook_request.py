from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebhookRequest")


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
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        def _parse_subscribed_events(data: object) -> list[WebhookEvent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscribed_events_type_0 = []
                _subscribed_events_type_0 = data
                for subscribed_events_type_0_item_data in _subscribed_events_type_0:
                    subscribed_events_type_0_item = WebhookEvent(subscribed_events_type_0_item_data)

                    subscribed_events_type_0.append(subscribed_events_type_0_item)

                return subscribed_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[WebhookEvent] | None")

        subscribed_events = _parse_subscribed_events(d.pop("subscribed_events", UNSET))

        _model = cls.__new__(cls)
        _model.url = url
        _model.subscribed_events = subscribed_events

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

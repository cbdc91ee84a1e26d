from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_webhook_event_type_member = WebhookEventType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("url", "events", "secret"))


@_attrs_define
class CreateWebhookRequest:
    """
    Attributes:
        url (str): HTTPS endpoint that receives the events.
        events (list[WebhookEventType]):
        secret (str | Unset): Shared secret for the `sha256=` signatures (optional is inferred; the document's example
            sends it).
    """

    url: str
    events: list[WebhookEventType]
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            url = src_dict["url"]

            _field = "events"
            _items = []
            for _item in src_dict["events"]:
                _items.append(_webhook_event_type_member(_item) or WebhookEventType(_item))
            events = _items
            _items = None

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    secret = src_dict["secret"]
                except KeyError:
                    _whole = False
            if not _whole:
                secret = src_dict.get("secret", UNSET)

            if _whole or len(src_dict) == 2 + (secret is not UNSET):
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
        _model.events = events
        _model.secret = secret
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

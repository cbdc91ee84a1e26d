from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_to_agent_body_attachments_item import SendMessageToAgentBodyAttachmentsItem
    from ..models.send_message_to_agent_body_context import SendMessageToAgentBodyContext
    from ..models.send_message_to_agent_body_metadata import SendMessageToAgentBodyMetadata


T = TypeVar("T", bound="SendMessageToAgentBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("targetAgent", "sourceAddress", "message", "attachments", "context", "metadata", "outboundMessageWebhookUrl")
)


@_attrs_define
class SendMessageToAgentBody:
    """
    Attributes:
        target_agent (str): Agent account ID, phone number, or username Example: agent123.
        source_address (str): Sender phone number or address Example: +15551231234.
        message (str): Message text Example: Hello there.
        attachments (list[SendMessageToAgentBodyAttachmentsItem] | Unset):  Example: [{'type': 'image', 'url':
            'https://example.com/image.png'}].
        context (SendMessageToAgentBodyContext | Unset):  Example: {'threadId': 'abc123'}.
        metadata (SendMessageToAgentBodyMetadata | Unset):  Example: {'key': 'value'}.
        outbound_message_webhook_url (str | Unset): Webhook URL (POST) to deliver agent responses to. If not specified
            will look for default outboundMessageWebhookUrl webhook settings. Example: https://example.com/hook.
    """

    target_agent: str
    source_address: str
    message: str
    attachments: list[SendMessageToAgentBodyAttachmentsItem] | Unset = UNSET
    context: SendMessageToAgentBodyContext | Unset = UNSET
    metadata: SendMessageToAgentBodyMetadata | Unset = UNSET
    outbound_message_webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_agent = self.target_agent

        source_address = self.source_address

        message = self.message

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        outbound_message_webhook_url = self.outbound_message_webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAgent": target_agent,
                "sourceAddress": source_address,
                "message": message,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if outbound_message_webhook_url is not UNSET:
            field_dict["outboundMessageWebhookUrl"] = outbound_message_webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            target_agent = src_dict["targetAgent"]

            source_address = src_dict["sourceAddress"]

            message = src_dict["message"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    attachments = src_dict["attachments"]
                    context = src_dict["context"]
                    metadata = src_dict["metadata"]
                    outbound_message_webhook_url = src_dict["outboundMessageWebhookUrl"]
                except KeyError:
                    _whole = False
            if not _whole:
                attachments = src_dict.get("attachments", UNSET)
                context = src_dict.get("context", UNSET)
                metadata = src_dict.get("metadata", UNSET)
                outbound_message_webhook_url = src_dict.get("outboundMessageWebhookUrl", UNSET)
            if attachments is not UNSET:
                _field = "attachments"
                _items = []
                _read_item = _models.SendMessageToAgentBodyAttachmentsItem.from_dict
                for _item in attachments:
                    _items.append(_read_item(_item))
                attachments = _items
                _items = None

            if context is not UNSET:
                _field = "context"
                context = _models.SendMessageToAgentBodyContext.from_dict(context)

            if metadata is not UNSET:
                _field = "metadata"
                metadata = _models.SendMessageToAgentBodyMetadata.from_dict(metadata)

            if _whole or len(src_dict) == 3 + (attachments is not UNSET) + (context is not UNSET) + (
                metadata is not UNSET
            ) + (outbound_message_webhook_url is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.target_agent = target_agent
        _model.source_address = source_address
        _model.message = message
        _model.attachments = attachments
        _model.context = context
        _model.metadata = metadata
        _model.outbound_message_webhook_url = outbound_message_webhook_url
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

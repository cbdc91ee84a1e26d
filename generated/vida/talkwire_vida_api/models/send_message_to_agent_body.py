from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_to_agent_body_attachments_item import SendMessageToAgentBodyAttachmentsItem
    from ..models.send_message_to_agent_body_context import SendMessageToAgentBodyContext
    from ..models.send_message_to_agent_body_metadata import SendMessageToAgentBodyMetadata


T = TypeVar("T", bound="SendMessageToAgentBody")


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
        from ..models.send_message_to_agent_body_attachments_item import SendMessageToAgentBodyAttachmentsItem
        from ..models.send_message_to_agent_body_context import SendMessageToAgentBodyContext
        from ..models.send_message_to_agent_body_metadata import SendMessageToAgentBodyMetadata

        d = dict(src_dict)
        target_agent = d.pop("targetAgent")

        source_address = d.pop("sourceAddress")

        message = d.pop("message")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SendMessageToAgentBodyAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SendMessageToAgentBodyAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _context = d.pop("context", UNSET)
        context: SendMessageToAgentBodyContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = SendMessageToAgentBodyContext.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: SendMessageToAgentBodyMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SendMessageToAgentBodyMetadata.from_dict(_metadata)

        outbound_message_webhook_url = d.pop("outboundMessageWebhookUrl", UNSET)

        _model = cls.__new__(cls)
        _model.target_agent = target_agent
        _model.source_address = source_address
        _model.message = message
        _model.attachments = attachments
        _model.context = context
        _model.metadata = metadata
        _model.outbound_message_webhook_url = outbound_message_webhook_url

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

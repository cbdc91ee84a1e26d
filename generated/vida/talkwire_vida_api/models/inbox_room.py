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

T = TypeVar("T", bound="InboxRoom")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "roomId",
        "name",
        "id",
        "image",
        "vidaPhoneNumber",
        "unregistered",
        "unregisteredDisplayName",
        "destinationInboxType",
        "lastMessage",
        "lastMessageTimestamp",
        "chatAgentCampaignId",
    )
)


@_attrs_define
class InboxRoom:
    """A conversation room in an inbox (priority or junk).

    Attributes:
        room_id (str | Unset): Room Id Example: 3:15.
        name (str | Unset): Other users full name Example: John Doe.
        id (float | Unset): userId of other user Example: 15.
        image (str | Unset): Link to other users image Example: https://somepublicURl.
        vida_phone_number (str | Unset): Other user Vida Phone Number Example: +12165169995.
        unregistered (bool | Unset): If the other user is registered on Vida platform or offnet Example: False.
        unregistered_display_name (str | Unset): Display name for unregistered user which is often their phone number or
            email Example: +15125551234.
        destination_inbox_type (str | Unset): Indicator which inbox on the other user side the conversation is in
            Example: +15125551234.
        last_message (str | Unset): Last message text in the room Example: That was awesome, thanks!.
        last_message_timestamp (float | Unset): Epoch of the last messages timestamp Example: 1710510072.
        chat_agent_campaign_id (str | Unset): Agent Id that handled the message Example: campa......
    """

    room_id: str | Unset = UNSET
    name: str | Unset = UNSET
    id: float | Unset = UNSET
    image: str | Unset = UNSET
    vida_phone_number: str | Unset = UNSET
    unregistered: bool | Unset = UNSET
    unregistered_display_name: str | Unset = UNSET
    destination_inbox_type: str | Unset = UNSET
    last_message: str | Unset = UNSET
    last_message_timestamp: float | Unset = UNSET
    chat_agent_campaign_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        name = self.name

        id = self.id

        image = self.image

        vida_phone_number = self.vida_phone_number

        unregistered = self.unregistered

        unregistered_display_name = self.unregistered_display_name

        destination_inbox_type = self.destination_inbox_type

        last_message = self.last_message

        last_message_timestamp = self.last_message_timestamp

        chat_agent_campaign_id = self.chat_agent_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if vida_phone_number is not UNSET:
            field_dict["vidaPhoneNumber"] = vida_phone_number
        if unregistered is not UNSET:
            field_dict["unregistered"] = unregistered
        if unregistered_display_name is not UNSET:
            field_dict["unregisteredDisplayName"] = unregistered_display_name
        if destination_inbox_type is not UNSET:
            field_dict["destinationInboxType"] = destination_inbox_type
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if last_message_timestamp is not UNSET:
            field_dict["lastMessageTimestamp"] = last_message_timestamp
        if chat_agent_campaign_id is not UNSET:
            field_dict["chatAgentCampaignId"] = chat_agent_campaign_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 11
            if _whole:
                try:
                    room_id = src_dict["roomId"]
                    name = src_dict["name"]
                    id = src_dict["id"]
                    image = src_dict["image"]
                    vida_phone_number = src_dict["vidaPhoneNumber"]
                    unregistered = src_dict["unregistered"]
                    unregistered_display_name = src_dict["unregisteredDisplayName"]
                    destination_inbox_type = src_dict["destinationInboxType"]
                    last_message = src_dict["lastMessage"]
                    last_message_timestamp = src_dict["lastMessageTimestamp"]
                    chat_agent_campaign_id = src_dict["chatAgentCampaignId"]
                except KeyError:
                    _whole = False
            if not _whole:
                room_id = src_dict.get("roomId", UNSET)
                name = src_dict.get("name", UNSET)
                id = src_dict.get("id", UNSET)
                image = src_dict.get("image", UNSET)
                vida_phone_number = src_dict.get("vidaPhoneNumber", UNSET)
                unregistered = src_dict.get("unregistered", UNSET)
                unregistered_display_name = src_dict.get("unregisteredDisplayName", UNSET)
                destination_inbox_type = src_dict.get("destinationInboxType", UNSET)
                last_message = src_dict.get("lastMessage", UNSET)
                last_message_timestamp = src_dict.get("lastMessageTimestamp", UNSET)
                chat_agent_campaign_id = src_dict.get("chatAgentCampaignId", UNSET)

            if _whole or len(src_dict) == (room_id is not UNSET) + (name is not UNSET) + (id is not UNSET) + (
                image is not UNSET
            ) + (vida_phone_number is not UNSET) + (unregistered is not UNSET) + (
                unregistered_display_name is not UNSET
            ) + (destination_inbox_type is not UNSET) + (last_message is not UNSET) + (
                last_message_timestamp is not UNSET
            ) + (chat_agent_campaign_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.room_id = room_id
        _model.name = name
        _model.id = id
        _model.image = image
        _model.vida_phone_number = vida_phone_number
        _model.unregistered = unregistered
        _model.unregistered_display_name = unregistered_display_name
        _model.destination_inbox_type = destination_inbox_type
        _model.last_message = last_message
        _model.last_message_timestamp = last_message_timestamp
        _model.chat_agent_campaign_id = chat_agent_campaign_id
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

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

T = TypeVar("T", bound="ListRoomMessagesResponse200Item")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "message",
        "from",
        "fromUser",
        "to",
        "toUser",
        "timestamp",
        "date",
        "roomId",
        "status",
        "attachments",
        "gift",
        "drip",
        "uuid",
        "source",
        "roomInitiator",
    )
)


@_attrs_define
class ListRoomMessagesResponse200Item:
    """
    Attributes:
        message (str | Unset): Message text Example: Hey there!.
        from_ (float | Unset): From User Id Example: 15.
        from_user (str | Unset): From User Name Example: Brandon.
        to (float | Unset): From User Id Example: 35554545.
        to_user (str | Unset): To User Name Example: Jillian.
        timestamp (float | Unset): Epoch of the last messages timestamp Example: 1699633022.
        date (str | Unset): Friendly Date Example: 2023-11-10T16:17:02.000Z.
        room_id (str | Unset): Room Id Example: 15:35554545.
        status (str | Unset): If message was delivered. Status of success indicates delivered Example: success.
        attachments (str | Unset): Array of media attachment Urls. Example: [].
        gift (bool | Unset): If this message included a monetary gift Example: False.
        drip (bool | Unset): If this message was a paid drip Example: False.
        uuid (str | Unset): Unique id for message Example: 3b38f0af-7341-49fd-acce-1749c904e00d.
        source (str | Unset): Source medium for the message. Could have sourced from a vida client, sms, voice, email
            Example: sms.
        room_initiator (str | Unset): User name who first initiated contact for the room Example: brandon.
    """

    message: str | Unset = UNSET
    from_: float | Unset = UNSET
    from_user: str | Unset = UNSET
    to: float | Unset = UNSET
    to_user: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    date: str | Unset = UNSET
    room_id: str | Unset = UNSET
    status: str | Unset = UNSET
    attachments: str | Unset = UNSET
    gift: bool | Unset = UNSET
    drip: bool | Unset = UNSET
    uuid: str | Unset = UNSET
    source: str | Unset = UNSET
    room_initiator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        from_ = self.from_

        from_user = self.from_user

        to = self.to

        to_user = self.to_user

        timestamp = self.timestamp

        date = self.date

        room_id = self.room_id

        status = self.status

        attachments = self.attachments

        gift = self.gift

        drip = self.drip

        uuid = self.uuid

        source = self.source

        room_initiator = self.room_initiator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_user is not UNSET:
            field_dict["fromUser"] = from_user
        if to is not UNSET:
            field_dict["to"] = to
        if to_user is not UNSET:
            field_dict["toUser"] = to_user
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if date is not UNSET:
            field_dict["date"] = date
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if status is not UNSET:
            field_dict["status"] = status
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if gift is not UNSET:
            field_dict["gift"] = gift
        if drip is not UNSET:
            field_dict["drip"] = drip
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if source is not UNSET:
            field_dict["source"] = source
        if room_initiator is not UNSET:
            field_dict["roomInitiator"] = room_initiator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 15
            if _whole:
                try:
                    message = src_dict["message"]
                    from_ = src_dict["from"]
                    from_user = src_dict["fromUser"]
                    to = src_dict["to"]
                    to_user = src_dict["toUser"]
                    timestamp = src_dict["timestamp"]
                    date = src_dict["date"]
                    room_id = src_dict["roomId"]
                    status = src_dict["status"]
                    attachments = src_dict["attachments"]
                    gift = src_dict["gift"]
                    drip = src_dict["drip"]
                    uuid = src_dict["uuid"]
                    source = src_dict["source"]
                    room_initiator = src_dict["roomInitiator"]
                except KeyError:
                    _whole = False
            if not _whole:
                message = src_dict.get("message", UNSET)
                from_ = src_dict.get("from", UNSET)
                from_user = src_dict.get("fromUser", UNSET)
                to = src_dict.get("to", UNSET)
                to_user = src_dict.get("toUser", UNSET)
                timestamp = src_dict.get("timestamp", UNSET)
                date = src_dict.get("date", UNSET)
                room_id = src_dict.get("roomId", UNSET)
                status = src_dict.get("status", UNSET)
                attachments = src_dict.get("attachments", UNSET)
                gift = src_dict.get("gift", UNSET)
                drip = src_dict.get("drip", UNSET)
                uuid = src_dict.get("uuid", UNSET)
                source = src_dict.get("source", UNSET)
                room_initiator = src_dict.get("roomInitiator", UNSET)

            if _whole or len(src_dict) == (message is not UNSET) + (from_ is not UNSET) + (from_user is not UNSET) + (
                to is not UNSET
            ) + (to_user is not UNSET) + (timestamp is not UNSET) + (date is not UNSET) + (room_id is not UNSET) + (
                status is not UNSET
            ) + (attachments is not UNSET) + (gift is not UNSET) + (drip is not UNSET) + (uuid is not UNSET) + (
                source is not UNSET
            ) + (room_initiator is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.message = message
        _model.from_ = from_
        _model.from_user = from_user
        _model.to = to
        _model.to_user = to_user
        _model.timestamp = timestamp
        _model.date = date
        _model.room_id = room_id
        _model.status = status
        _model.attachments = attachments
        _model.gift = gift
        _model.drip = drip
        _model.uuid = uuid
        _model.source = source
        _model.room_initiator = room_initiator
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

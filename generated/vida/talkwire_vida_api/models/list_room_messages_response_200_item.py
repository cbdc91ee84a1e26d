from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListRoomMessagesResponse200Item")


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
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        from_ = d.pop("from", UNSET)

        from_user = d.pop("fromUser", UNSET)

        to = d.pop("to", UNSET)

        to_user = d.pop("toUser", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        date = d.pop("date", UNSET)

        room_id = d.pop("roomId", UNSET)

        status = d.pop("status", UNSET)

        attachments = d.pop("attachments", UNSET)

        gift = d.pop("gift", UNSET)

        drip = d.pop("drip", UNSET)

        uuid = d.pop("uuid", UNSET)

        source = d.pop("source", UNSET)

        room_initiator = d.pop("roomInitiator", UNSET)

        _model = cls.__new__(cls)
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

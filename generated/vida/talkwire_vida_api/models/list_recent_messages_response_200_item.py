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
    from ..models.dialog_entry import DialogEntry
    from ..models.list_recent_messages_response_200_item_attachments_item import (
        ListRecentMessagesResponse200ItemAttachmentsItem,
    )


T = TypeVar("T", bound="ListRecentMessagesResponse200Item")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "from",
        "fromUser",
        "to",
        "toUser",
        "rate",
        "usdRate",
        "timestamp",
        "date",
        "message",
        "content-type",
        "disposition-notification",
        "roomId",
        "status",
        "attachments",
        "isLive",
        "aiAgent",
        "aiReward",
        "aiRewardUsd",
        "aiLeadRating",
        "aiLeadRatingReason",
        "aiAgentOverride",
        "gift",
        "source",
        "uuid",
        "campaignId",
        "fromNumber",
        "toNumber",
        "notify",
        "targetInbox",
        "type",
        "duration",
        "direction",
        "missedCall",
        "bypassAgent",
        "cnamSpam",
        "selfCall",
        "callingUserIsContact",
        "agentOutcome",
        "summary",
        "callDialog",
        "chatDialog",
        "agentReplyCount",
        "campaign",
        "diversion",
        "voicemailRecording",
        "eventType",
        "forcedCampaign",
    )
)


@_attrs_define
class ListRecentMessagesResponse200Item:
    """
    Attributes:
        from_ (float | Unset): From User Id Example: 1234567890.
        from_user (str | Unset): From User Name Example: user_test.
        to (float | Unset): To User Id Example: 878589.
        to_user (str | Unset): To User Name Example: support2.
        rate (float | Unset): Rate associated with the message Example: 0.
        usd_rate (float | Unset): USD rate associated with the message Example: 0.
        timestamp (float | Unset): Epoch of the last message's timestamp Example: 1718463395.
        date (str | Unset): Friendly Date Example: 2024-06-15T14:56:35.000Z.
        message (str | Unset): Message text Example: Hi there! Lyle is currently unavailable. Could you please let me
            know the nature of your call or message and any specific details you'd like me to pass on to him? Thanks!.
        content_type (str | Unset): Content type of the message Example: text/plain.
        disposition_notification (None | str | Unset): Disposition notification status
        room_id (str | Unset): Room Id Example: 1:878589.
        status (str | Unset): Status of the message Example: success.
        attachments (list[ListRecentMessagesResponse200ItemAttachmentsItem] | Unset): Array of media attachment URLs
        is_live (bool | Unset): Whether the message is live Example: False.
        ai_agent (bool | Unset): Whether an AI agent is involved Example: True.
        ai_reward (None | str | Unset): AI reward status
        ai_reward_usd (float | None | Unset): AI reward in USD
        ai_lead_rating (float | None | Unset): AI lead rating
        ai_lead_rating_reason (None | str | Unset): Reason for AI lead rating
        ai_agent_override (None | str | Unset): AI agent override status
        gift (bool | Unset): If this message included a monetary gift Example: False.
        source (str | Unset): Source medium for the message Example: email.
        uuid (str | Unset): Unique ID for message Example: a4977f49-80a6-41f0-9add-93a270cdd781.
        campaign_id (str | Unset): Campaign ID associated with the message Example:
            campa25290ee54602fbcb545d033c1a15ba12.
        from_number (str | Unset): Phone number of the sender Example: +15125551234.
        to_number (str | Unset): Phone number of the recipient Example: +15125559876.
        notify (bool | Unset): Notification flag Example: False.
        target_inbox (str | Unset): Target inbox Example: inbox.
        type_ (str | Unset): Type of message Example: call.
        duration (float | Unset): Duration of the call Example: 9.
        direction (str | Unset): Direction of the call Example: inbound.
        missed_call (bool | Unset): Whether it was a missed call Example: False.
        bypass_agent (bool | Unset): Whether the agent was bypassed Example: False.
        cnam_spam (bool | Unset): Whether the call was marked as spam by CNAM Example: False.
        self_call (bool | Unset): Whether the call was self-initiated Example: True.
        calling_user_is_contact (bool | Unset): Whether the calling user is a contact Example: False.
        agent_outcome (None | str | Unset): Outcome from the agent
        summary (None | str | Unset): Summary of the message
        call_dialog (list[DialogEntry] | Unset): Array of dialog entries with roles and contents for Calls
        chat_dialog (list[DialogEntry] | Unset): Array of dialog entries with roles and contents for Chats
        agent_reply_count (float | Unset): The number of agent responses in the conversation. Useful for billing.
            Example: 10.
        campaign (bool | Unset): Campaign status Example: True.
        diversion (None | str | Unset): Diversion status
        voicemail_recording (None | str | Unset): Voicemail recording details
        event_type (str | Unset): Type of event Example: inbound-call.
        forced_campaign (bool | Unset): Forced campaign flag Example: True.
    """

    from_: float | Unset = UNSET
    from_user: str | Unset = UNSET
    to: float | Unset = UNSET
    to_user: str | Unset = UNSET
    rate: float | Unset = UNSET
    usd_rate: float | Unset = UNSET
    timestamp: float | Unset = UNSET
    date: str | Unset = UNSET
    message: str | Unset = UNSET
    content_type: str | Unset = UNSET
    disposition_notification: None | str | Unset = UNSET
    room_id: str | Unset = UNSET
    status: str | Unset = UNSET
    attachments: list[ListRecentMessagesResponse200ItemAttachmentsItem] | Unset = UNSET
    is_live: bool | Unset = UNSET
    ai_agent: bool | Unset = UNSET
    ai_reward: None | str | Unset = UNSET
    ai_reward_usd: float | None | Unset = UNSET
    ai_lead_rating: float | None | Unset = UNSET
    ai_lead_rating_reason: None | str | Unset = UNSET
    ai_agent_override: None | str | Unset = UNSET
    gift: bool | Unset = UNSET
    source: str | Unset = UNSET
    uuid: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    from_number: str | Unset = UNSET
    to_number: str | Unset = UNSET
    notify: bool | Unset = UNSET
    target_inbox: str | Unset = UNSET
    type_: str | Unset = UNSET
    duration: float | Unset = UNSET
    direction: str | Unset = UNSET
    missed_call: bool | Unset = UNSET
    bypass_agent: bool | Unset = UNSET
    cnam_spam: bool | Unset = UNSET
    self_call: bool | Unset = UNSET
    calling_user_is_contact: bool | Unset = UNSET
    agent_outcome: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    call_dialog: list[DialogEntry] | Unset = UNSET
    chat_dialog: list[DialogEntry] | Unset = UNSET
    agent_reply_count: float | Unset = UNSET
    campaign: bool | Unset = UNSET
    diversion: None | str | Unset = UNSET
    voicemail_recording: None | str | Unset = UNSET
    event_type: str | Unset = UNSET
    forced_campaign: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        from_user = self.from_user

        to = self.to

        to_user = self.to_user

        rate = self.rate

        usd_rate = self.usd_rate

        timestamp = self.timestamp

        date = self.date

        message = self.message

        content_type = self.content_type

        disposition_notification: None | str | Unset
        if isinstance(self.disposition_notification, Unset):
            disposition_notification = UNSET
        else:
            disposition_notification = self.disposition_notification

        room_id = self.room_id

        status = self.status

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        is_live = self.is_live

        ai_agent = self.ai_agent

        ai_reward: None | str | Unset
        if isinstance(self.ai_reward, Unset):
            ai_reward = UNSET
        else:
            ai_reward = self.ai_reward

        ai_reward_usd: float | None | Unset
        if isinstance(self.ai_reward_usd, Unset):
            ai_reward_usd = UNSET
        else:
            ai_reward_usd = self.ai_reward_usd

        ai_lead_rating: float | None | Unset
        if isinstance(self.ai_lead_rating, Unset):
            ai_lead_rating = UNSET
        else:
            ai_lead_rating = self.ai_lead_rating

        ai_lead_rating_reason: None | str | Unset
        if isinstance(self.ai_lead_rating_reason, Unset):
            ai_lead_rating_reason = UNSET
        else:
            ai_lead_rating_reason = self.ai_lead_rating_reason

        ai_agent_override: None | str | Unset
        if isinstance(self.ai_agent_override, Unset):
            ai_agent_override = UNSET
        else:
            ai_agent_override = self.ai_agent_override

        gift = self.gift

        source = self.source

        uuid = self.uuid

        campaign_id = self.campaign_id

        from_number = self.from_number

        to_number = self.to_number

        notify = self.notify

        target_inbox = self.target_inbox

        type_ = self.type_

        duration = self.duration

        direction = self.direction

        missed_call = self.missed_call

        bypass_agent = self.bypass_agent

        cnam_spam = self.cnam_spam

        self_call = self.self_call

        calling_user_is_contact = self.calling_user_is_contact

        agent_outcome: None | str | Unset
        if isinstance(self.agent_outcome, Unset):
            agent_outcome = UNSET
        else:
            agent_outcome = self.agent_outcome

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        call_dialog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_dialog, Unset):
            call_dialog = []
            for call_dialog_item_data in self.call_dialog:
                call_dialog_item = call_dialog_item_data.to_dict()
                call_dialog.append(call_dialog_item)

        chat_dialog: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat_dialog, Unset):
            chat_dialog = []
            for chat_dialog_item_data in self.chat_dialog:
                chat_dialog_item = chat_dialog_item_data.to_dict()
                chat_dialog.append(chat_dialog_item)

        agent_reply_count = self.agent_reply_count

        campaign = self.campaign

        diversion: None | str | Unset
        if isinstance(self.diversion, Unset):
            diversion = UNSET
        else:
            diversion = self.diversion

        voicemail_recording: None | str | Unset
        if isinstance(self.voicemail_recording, Unset):
            voicemail_recording = UNSET
        else:
            voicemail_recording = self.voicemail_recording

        event_type = self.event_type

        forced_campaign = self.forced_campaign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_user is not UNSET:
            field_dict["fromUser"] = from_user
        if to is not UNSET:
            field_dict["to"] = to
        if to_user is not UNSET:
            field_dict["toUser"] = to_user
        if rate is not UNSET:
            field_dict["rate"] = rate
        if usd_rate is not UNSET:
            field_dict["usdRate"] = usd_rate
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if date is not UNSET:
            field_dict["date"] = date
        if message is not UNSET:
            field_dict["message"] = message
        if content_type is not UNSET:
            field_dict["content-type"] = content_type
        if disposition_notification is not UNSET:
            field_dict["disposition-notification"] = disposition_notification
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if status is not UNSET:
            field_dict["status"] = status
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if is_live is not UNSET:
            field_dict["isLive"] = is_live
        if ai_agent is not UNSET:
            field_dict["aiAgent"] = ai_agent
        if ai_reward is not UNSET:
            field_dict["aiReward"] = ai_reward
        if ai_reward_usd is not UNSET:
            field_dict["aiRewardUsd"] = ai_reward_usd
        if ai_lead_rating is not UNSET:
            field_dict["aiLeadRating"] = ai_lead_rating
        if ai_lead_rating_reason is not UNSET:
            field_dict["aiLeadRatingReason"] = ai_lead_rating_reason
        if ai_agent_override is not UNSET:
            field_dict["aiAgentOverride"] = ai_agent_override
        if gift is not UNSET:
            field_dict["gift"] = gift
        if source is not UNSET:
            field_dict["source"] = source
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if to_number is not UNSET:
            field_dict["toNumber"] = to_number
        if notify is not UNSET:
            field_dict["notify"] = notify
        if target_inbox is not UNSET:
            field_dict["targetInbox"] = target_inbox
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if direction is not UNSET:
            field_dict["direction"] = direction
        if missed_call is not UNSET:
            field_dict["missedCall"] = missed_call
        if bypass_agent is not UNSET:
            field_dict["bypassAgent"] = bypass_agent
        if cnam_spam is not UNSET:
            field_dict["cnamSpam"] = cnam_spam
        if self_call is not UNSET:
            field_dict["selfCall"] = self_call
        if calling_user_is_contact is not UNSET:
            field_dict["callingUserIsContact"] = calling_user_is_contact
        if agent_outcome is not UNSET:
            field_dict["agentOutcome"] = agent_outcome
        if summary is not UNSET:
            field_dict["summary"] = summary
        if call_dialog is not UNSET:
            field_dict["callDialog"] = call_dialog
        if chat_dialog is not UNSET:
            field_dict["chatDialog"] = chat_dialog
        if agent_reply_count is not UNSET:
            field_dict["agentReplyCount"] = agent_reply_count
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if diversion is not UNSET:
            field_dict["diversion"] = diversion
        if voicemail_recording is not UNSET:
            field_dict["voicemailRecording"] = voicemail_recording
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if forced_campaign is not UNSET:
            field_dict["forcedCampaign"] = forced_campaign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 47
            if _whole:
                try:
                    from_ = src_dict["from"]
                    from_user = src_dict["fromUser"]
                    to = src_dict["to"]
                    to_user = src_dict["toUser"]
                    rate = src_dict["rate"]
                    usd_rate = src_dict["usdRate"]
                    timestamp = src_dict["timestamp"]
                    date = src_dict["date"]
                    message = src_dict["message"]
                    content_type = src_dict["content-type"]
                    disposition_notification = src_dict["disposition-notification"]
                    room_id = src_dict["roomId"]
                    status = src_dict["status"]
                    attachments = src_dict["attachments"]
                    is_live = src_dict["isLive"]
                    ai_agent = src_dict["aiAgent"]
                    ai_reward = src_dict["aiReward"]
                    ai_reward_usd = src_dict["aiRewardUsd"]
                    ai_lead_rating = src_dict["aiLeadRating"]
                    ai_lead_rating_reason = src_dict["aiLeadRatingReason"]
                    ai_agent_override = src_dict["aiAgentOverride"]
                    gift = src_dict["gift"]
                    source = src_dict["source"]
                    uuid = src_dict["uuid"]
                    campaign_id = src_dict["campaignId"]
                    from_number = src_dict["fromNumber"]
                    to_number = src_dict["toNumber"]
                    notify = src_dict["notify"]
                    target_inbox = src_dict["targetInbox"]
                    type_ = src_dict["type"]
                    duration = src_dict["duration"]
                    direction = src_dict["direction"]
                    missed_call = src_dict["missedCall"]
                    bypass_agent = src_dict["bypassAgent"]
                    cnam_spam = src_dict["cnamSpam"]
                    self_call = src_dict["selfCall"]
                    calling_user_is_contact = src_dict["callingUserIsContact"]
                    agent_outcome = src_dict["agentOutcome"]
                    summary = src_dict["summary"]
                    call_dialog = src_dict["callDialog"]
                    chat_dialog = src_dict["chatDialog"]
                    agent_reply_count = src_dict["agentReplyCount"]
                    campaign = src_dict["campaign"]
                    diversion = src_dict["diversion"]
                    voicemail_recording = src_dict["voicemailRecording"]
                    event_type = src_dict["eventType"]
                    forced_campaign = src_dict["forcedCampaign"]
                except KeyError:
                    _whole = False
            if not _whole:
                from_ = src_dict.get("from", UNSET)
                from_user = src_dict.get("fromUser", UNSET)
                to = src_dict.get("to", UNSET)
                to_user = src_dict.get("toUser", UNSET)
                rate = src_dict.get("rate", UNSET)
                usd_rate = src_dict.get("usdRate", UNSET)
                timestamp = src_dict.get("timestamp", UNSET)
                date = src_dict.get("date", UNSET)
                message = src_dict.get("message", UNSET)
                content_type = src_dict.get("content-type", UNSET)
                disposition_notification = src_dict.get("disposition-notification", UNSET)
                room_id = src_dict.get("roomId", UNSET)
                status = src_dict.get("status", UNSET)
                attachments = src_dict.get("attachments", UNSET)
                is_live = src_dict.get("isLive", UNSET)
                ai_agent = src_dict.get("aiAgent", UNSET)
                ai_reward = src_dict.get("aiReward", UNSET)
                ai_reward_usd = src_dict.get("aiRewardUsd", UNSET)
                ai_lead_rating = src_dict.get("aiLeadRating", UNSET)
                ai_lead_rating_reason = src_dict.get("aiLeadRatingReason", UNSET)
                ai_agent_override = src_dict.get("aiAgentOverride", UNSET)
                gift = src_dict.get("gift", UNSET)
                source = src_dict.get("source", UNSET)
                uuid = src_dict.get("uuid", UNSET)
                campaign_id = src_dict.get("campaignId", UNSET)
                from_number = src_dict.get("fromNumber", UNSET)
                to_number = src_dict.get("toNumber", UNSET)
                notify = src_dict.get("notify", UNSET)
                target_inbox = src_dict.get("targetInbox", UNSET)
                type_ = src_dict.get("type", UNSET)
                duration = src_dict.get("duration", UNSET)
                direction = src_dict.get("direction", UNSET)
                missed_call = src_dict.get("missedCall", UNSET)
                bypass_agent = src_dict.get("bypassAgent", UNSET)
                cnam_spam = src_dict.get("cnamSpam", UNSET)
                self_call = src_dict.get("selfCall", UNSET)
                calling_user_is_contact = src_dict.get("callingUserIsContact", UNSET)
                agent_outcome = src_dict.get("agentOutcome", UNSET)
                summary = src_dict.get("summary", UNSET)
                call_dialog = src_dict.get("callDialog", UNSET)
                chat_dialog = src_dict.get("chatDialog", UNSET)
                agent_reply_count = src_dict.get("agentReplyCount", UNSET)
                campaign = src_dict.get("campaign", UNSET)
                diversion = src_dict.get("diversion", UNSET)
                voicemail_recording = src_dict.get("voicemailRecording", UNSET)
                event_type = src_dict.get("eventType", UNSET)
                forced_campaign = src_dict.get("forcedCampaign", UNSET)

            if attachments is not UNSET:
                _field = "attachments"
                _items = []
                _read_item = _models.ListRecentMessagesResponse200ItemAttachmentsItem.from_dict
                for _item in attachments:
                    _items.append(_read_item(_item))
                attachments = _items
                _items = None

            if call_dialog is not UNSET:
                _field = "callDialog"
                _items = []
                _read_item = _models.DialogEntry.from_dict
                for _item in call_dialog:
                    _items.append(_read_item(_item))
                call_dialog = _items
                _items = None

            if chat_dialog is not UNSET:
                _field = "chatDialog"
                _items = []
                _read_item = _models.DialogEntry.from_dict
                for _item in chat_dialog:
                    _items.append(_read_item(_item))
                chat_dialog = _items
                _items = None

            if _whole or len(src_dict) == (from_ is not UNSET) + (from_user is not UNSET) + (to is not UNSET) + (
                to_user is not UNSET
            ) + (rate is not UNSET) + (usd_rate is not UNSET) + (timestamp is not UNSET) + (date is not UNSET) + (
                message is not UNSET
            ) + (content_type is not UNSET) + (disposition_notification is not UNSET) + (room_id is not UNSET) + (
                status is not UNSET
            ) + (attachments is not UNSET) + (is_live is not UNSET) + (ai_agent is not UNSET) + (
                ai_reward is not UNSET
            ) + (ai_reward_usd is not UNSET) + (ai_lead_rating is not UNSET) + (ai_lead_rating_reason is not UNSET) + (
                ai_agent_override is not UNSET
            ) + (gift is not UNSET) + (source is not UNSET) + (uuid is not UNSET) + (campaign_id is not UNSET) + (
                from_number is not UNSET
            ) + (to_number is not UNSET) + (notify is not UNSET) + (target_inbox is not UNSET) + (
                type_ is not UNSET
            ) + (duration is not UNSET) + (direction is not UNSET) + (missed_call is not UNSET) + (
                bypass_agent is not UNSET
            ) + (cnam_spam is not UNSET) + (self_call is not UNSET) + (calling_user_is_contact is not UNSET) + (
                agent_outcome is not UNSET
            ) + (summary is not UNSET) + (call_dialog is not UNSET) + (chat_dialog is not UNSET) + (
                agent_reply_count is not UNSET
            ) + (campaign is not UNSET) + (diversion is not UNSET) + (voicemail_recording is not UNSET) + (
                event_type is not UNSET
            ) + (forced_campaign is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.from_ = from_
        _model.from_user = from_user
        _model.to = to
        _model.to_user = to_user
        _model.rate = rate
        _model.usd_rate = usd_rate
        _model.timestamp = timestamp
        _model.date = date
        _model.message = message
        _model.content_type = content_type
        _model.disposition_notification = disposition_notification
        _model.room_id = room_id
        _model.status = status
        _model.attachments = attachments
        _model.is_live = is_live
        _model.ai_agent = ai_agent
        _model.ai_reward = ai_reward
        _model.ai_reward_usd = ai_reward_usd
        _model.ai_lead_rating = ai_lead_rating
        _model.ai_lead_rating_reason = ai_lead_rating_reason
        _model.ai_agent_override = ai_agent_override
        _model.gift = gift
        _model.source = source
        _model.uuid = uuid
        _model.campaign_id = campaign_id
        _model.from_number = from_number
        _model.to_number = to_number
        _model.notify = notify
        _model.target_inbox = target_inbox
        _model.type_ = type_
        _model.duration = duration
        _model.direction = direction
        _model.missed_call = missed_call
        _model.bypass_agent = bypass_agent
        _model.cnam_spam = cnam_spam
        _model.self_call = self_call
        _model.calling_user_is_contact = calling_user_is_contact
        _model.agent_outcome = agent_outcome
        _model.summary = summary
        _model.call_dialog = call_dialog
        _model.chat_dialog = chat_dialog
        _model.agent_reply_count = agent_reply_count
        _model.campaign = campaign
        _model.diversion = diversion
        _model.voicemail_recording = voicemail_recording
        _model.event_type = event_type
        _model.forced_campaign = forced_campaign
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

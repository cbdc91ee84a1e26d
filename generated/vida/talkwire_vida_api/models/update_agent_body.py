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
from ..models.update_agent_body_agent_lang import UpdateAgentBodyAgentLang
from ..models.update_agent_body_agent_s2s_engine import UpdateAgentBodyAgentS2SEngine
from ..models.update_agent_body_agent_stt_engine import UpdateAgentBodyAgentSttEngine
from ..models.update_agent_body_type import UpdateAgentBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_body_apps_item import UpdateAgentBodyAppsItem


T = TypeVar("T", bound="UpdateAgentBody")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_update_agent_body_type_member = UpdateAgentBodyType._value2member_map_.get
_update_agent_body_agent_lang_member = UpdateAgentBodyAgentLang._value2member_map_.get
_update_agent_body_agent_s2s_engine_member = UpdateAgentBodyAgentS2SEngine._value2member_map_.get
_update_agent_body_agent_stt_engine_member = UpdateAgentBodyAgentSttEngine._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "type",
        "title",
        "description",
        "welcomeMessage",
        "links",
        "actions",
        "timezone",
        "agentVoice",
        "agentLang",
        "agentInstructions",
        "agentModel",
        "agentS2SEngine",
        "agentSttEngine",
        "postAnswerDtmf",
        "waitOnAnswer",
        "interruptionWordCount",
        "interruptionMinimumSpeakingTime",
        "speakingTimeout",
        "speechProcessingDelay",
        "speechProcessingDelayInterruptionStep",
        "speechProcessingDelayMaxMultiplier",
        "callerResponseTimeout",
        "callerResponseTimeoutHangupCounter",
        "noContactInjection",
        "noConvoHistory",
        "autoRecordingNotification",
        "recordingNotificationPhrase",
        "preAnswerRingTime",
        "confirmTransfers",
        "apps",
    )
)


@_attrs_define
class UpdateAgentBody:
    """
    Attributes:
        type_ (UpdateAgentBodyType): Type for this agent
        title (str): Title for Agent Example: Call Screener.
        description (str): Some description Example: Description.
        welcome_message (str | Unset): Message users see when initially visiting a agent Example: This brought to you by
            Wolf Cola.
        links (list[str] | Unset): Array of any http links to reference for external knowledge for your agent Example:
            ['https://vida.io/faq'].
        actions (list[str] | Unset): Actions that your agent can take including instructions and settings Example:
            ['transfer'].
        timezone (str | Unset): The IANA (Internet Assigned Numbers Authority) formatted timezone your AI agent operates
            in. Example: America/Chicago, America/New_York, Europe/London, etc.
        agent_voice (str | Unset): Agent voice model to use Example: en-US Female.
        agent_lang (UpdateAgentBodyAgentLang | Unset): Agent language to be used for voice and transcriptions
        agent_instructions (str | Unset): Agent instructions for user interaction. This is for chatAgents only Example:
            I want you to payout rewards for users that answer a few questions about this promotional video..
        agent_model (str | Unset): Agent LLM model to use for its intelligence Example: gpt-4o-2024-08-06.
        agent_s2s_engine (None | Unset | UpdateAgentBodyAgentS2SEngine): (Requires Specific Paid Plan) The Speech-to-
            Speech Voice engine to use for voice, AI, and transcriptions
        agent_stt_engine (UpdateAgentBodyAgentSttEngine | Unset): Speech to text engine for this agent
        post_answer_dtmf (str | Unset): DTMF your agent will send upon answering a call. Useful if you are forwarding
            calls to your agent from a platform that requires a DTMF verification before the call is connected.
        wait_on_answer (int | Unset): The amount of time in milliseconds your Agent will wait before speaking the
            greeting (welcomeMessage).
        interruption_word_count (int | Unset): how many words a caller needs to speak before it is treated as an
            interruption
        interruption_minimum_speaking_time (int | Unset): (in seconds) How long the agent needs to be speaking before it
            can be interrupted
        speaking_timeout (int | Unset): (in milliseconds) the default amount of time between words before we consider
            caller speaking to be finished. Increasing this can help prevent unintentional interruptions for slow talkers.
        speech_processing_delay (int | Unset): (in milliseconds) the default amount of delay before processed speech is
            sent to the LLM for a response. Increasing this can help prevent unintentional interruptions for slow talkers.
            Note that this delay automatically increases and decreases depending on the number of interruptions over a
            period of time.
        speech_processing_delay_interruption_step (int | Unset): (in milliseconds) how much speech processing delay is
            added per interruption.
        speech_processing_delay_max_multiplier (int | Unset): the maximum number of interruptions that will influence
            the speech processing delay.
        caller_response_timeout (int | Unset): (in seconds) how much silence (nothing said by the caller) before the
            agent asks _are you still there?_.
        caller_response_timeout_hangup_counter (int | Unset): the maximum number of times your agent can ask _are you
            there_ (callerResponseTimeout) before hanging up the call.
        no_contact_injection (bool | Unset): Whether the contact card for the caller should be injected into the agent
            context
        no_convo_history (bool | Unset): Whether the call summary history for the caller should be injected into the
            agent context
        auto_recording_notification (str | Unset): Whether to automatically notify callers that recording is happening:
            _true (string)_ means notify callers from area codes where it is legally required. _false (string)_ means never
            notify callers. _always (string)_ means notify every caller whether legally required or not that recording is in
            progress.
        recording_notification_phrase (str | Unset): The phrase that will be spoken to the caller notifying them that
            recording is in progress: _This call is being recorded_ is the default.
        pre_answer_ring_time (int | None | Unset): In seconds. How many seconds should the caller experience ringing
            before the agent answers. Valid value range is 1-60
        confirm_transfers (bool | Unset): Require callee to press 1 before a transfer is completed
        apps (list[UpdateAgentBodyAppsItem] | Unset): Array of apps to enable for this given agent
    """

    type_: UpdateAgentBodyType
    title: str
    description: str
    welcome_message: str | Unset = UNSET
    links: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    timezone: str | Unset = UNSET
    agent_voice: str | Unset = UNSET
    agent_lang: UpdateAgentBodyAgentLang | Unset = UNSET
    agent_instructions: str | Unset = UNSET
    agent_model: str | Unset = UNSET
    agent_s2s_engine: None | Unset | UpdateAgentBodyAgentS2SEngine = UNSET
    agent_stt_engine: UpdateAgentBodyAgentSttEngine | Unset = UNSET
    post_answer_dtmf: str | Unset = UNSET
    wait_on_answer: int | Unset = UNSET
    interruption_word_count: int | Unset = UNSET
    interruption_minimum_speaking_time: int | Unset = UNSET
    speaking_timeout: int | Unset = UNSET
    speech_processing_delay: int | Unset = UNSET
    speech_processing_delay_interruption_step: int | Unset = UNSET
    speech_processing_delay_max_multiplier: int | Unset = UNSET
    caller_response_timeout: int | Unset = UNSET
    caller_response_timeout_hangup_counter: int | Unset = UNSET
    no_contact_injection: bool | Unset = UNSET
    no_convo_history: bool | Unset = UNSET
    auto_recording_notification: str | Unset = UNSET
    recording_notification_phrase: str | Unset = UNSET
    pre_answer_ring_time: int | None | Unset = UNSET
    confirm_transfers: bool | Unset = UNSET
    apps: list[UpdateAgentBodyAppsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        description = self.description

        welcome_message = self.welcome_message

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        timezone = self.timezone

        agent_voice = self.agent_voice

        agent_lang: str | Unset = UNSET
        if not isinstance(self.agent_lang, Unset):
            agent_lang = self.agent_lang.value

        agent_instructions = self.agent_instructions

        agent_model = self.agent_model

        agent_s2s_engine: None | str | Unset
        if isinstance(self.agent_s2s_engine, Unset):
            agent_s2s_engine = UNSET
        elif isinstance(self.agent_s2s_engine, UpdateAgentBodyAgentS2SEngine):
            agent_s2s_engine = self.agent_s2s_engine.value
        else:
            agent_s2s_engine = self.agent_s2s_engine

        agent_stt_engine: str | Unset = UNSET
        if not isinstance(self.agent_stt_engine, Unset):
            agent_stt_engine = self.agent_stt_engine.value

        post_answer_dtmf = self.post_answer_dtmf

        wait_on_answer = self.wait_on_answer

        interruption_word_count = self.interruption_word_count

        interruption_minimum_speaking_time = self.interruption_minimum_speaking_time

        speaking_timeout = self.speaking_timeout

        speech_processing_delay = self.speech_processing_delay

        speech_processing_delay_interruption_step = self.speech_processing_delay_interruption_step

        speech_processing_delay_max_multiplier = self.speech_processing_delay_max_multiplier

        caller_response_timeout = self.caller_response_timeout

        caller_response_timeout_hangup_counter = self.caller_response_timeout_hangup_counter

        no_contact_injection = self.no_contact_injection

        no_convo_history = self.no_convo_history

        auto_recording_notification = self.auto_recording_notification

        recording_notification_phrase = self.recording_notification_phrase

        pre_answer_ring_time: int | None | Unset
        if isinstance(self.pre_answer_ring_time, Unset):
            pre_answer_ring_time = UNSET
        else:
            pre_answer_ring_time = self.pre_answer_ring_time

        confirm_transfers = self.confirm_transfers

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "description": description,
            }
        )
        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        if links is not UNSET:
            field_dict["links"] = links
        if actions is not UNSET:
            field_dict["actions"] = actions
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if agent_voice is not UNSET:
            field_dict["agentVoice"] = agent_voice
        if agent_lang is not UNSET:
            field_dict["agentLang"] = agent_lang
        if agent_instructions is not UNSET:
            field_dict["agentInstructions"] = agent_instructions
        if agent_model is not UNSET:
            field_dict["agentModel"] = agent_model
        if agent_s2s_engine is not UNSET:
            field_dict["agentS2SEngine"] = agent_s2s_engine
        if agent_stt_engine is not UNSET:
            field_dict["agentSttEngine"] = agent_stt_engine
        if post_answer_dtmf is not UNSET:
            field_dict["postAnswerDtmf"] = post_answer_dtmf
        if wait_on_answer is not UNSET:
            field_dict["waitOnAnswer"] = wait_on_answer
        if interruption_word_count is not UNSET:
            field_dict["interruptionWordCount"] = interruption_word_count
        if interruption_minimum_speaking_time is not UNSET:
            field_dict["interruptionMinimumSpeakingTime"] = interruption_minimum_speaking_time
        if speaking_timeout is not UNSET:
            field_dict["speakingTimeout"] = speaking_timeout
        if speech_processing_delay is not UNSET:
            field_dict["speechProcessingDelay"] = speech_processing_delay
        if speech_processing_delay_interruption_step is not UNSET:
            field_dict["speechProcessingDelayInterruptionStep"] = speech_processing_delay_interruption_step
        if speech_processing_delay_max_multiplier is not UNSET:
            field_dict["speechProcessingDelayMaxMultiplier"] = speech_processing_delay_max_multiplier
        if caller_response_timeout is not UNSET:
            field_dict["callerResponseTimeout"] = caller_response_timeout
        if caller_response_timeout_hangup_counter is not UNSET:
            field_dict["callerResponseTimeoutHangupCounter"] = caller_response_timeout_hangup_counter
        if no_contact_injection is not UNSET:
            field_dict["noContactInjection"] = no_contact_injection
        if no_convo_history is not UNSET:
            field_dict["noConvoHistory"] = no_convo_history
        if auto_recording_notification is not UNSET:
            field_dict["autoRecordingNotification"] = auto_recording_notification
        if recording_notification_phrase is not UNSET:
            field_dict["recordingNotificationPhrase"] = recording_notification_phrase
        if pre_answer_ring_time is not UNSET:
            field_dict["preAnswerRingTime"] = pre_answer_ring_time
        if confirm_transfers is not UNSET:
            field_dict["confirmTransfers"] = confirm_transfers
        if apps is not UNSET:
            field_dict["apps"] = apps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "type"
            type_ = src_dict["type"]
            type_ = _update_agent_body_type_member(type_) or UpdateAgentBodyType(type_)

            title = src_dict["title"]

            description = src_dict["description"]

            _whole = len(src_dict) == 30
            if _whole:
                try:
                    welcome_message = src_dict["welcomeMessage"]
                    links = src_dict["links"]
                    actions = src_dict["actions"]
                    timezone = src_dict["timezone"]
                    agent_voice = src_dict["agentVoice"]
                    agent_lang = src_dict["agentLang"]
                    agent_instructions = src_dict["agentInstructions"]
                    agent_model = src_dict["agentModel"]
                    agent_s2s_engine = src_dict["agentS2SEngine"]
                    agent_stt_engine = src_dict["agentSttEngine"]
                    post_answer_dtmf = src_dict["postAnswerDtmf"]
                    wait_on_answer = src_dict["waitOnAnswer"]
                    interruption_word_count = src_dict["interruptionWordCount"]
                    interruption_minimum_speaking_time = src_dict["interruptionMinimumSpeakingTime"]
                    speaking_timeout = src_dict["speakingTimeout"]
                    speech_processing_delay = src_dict["speechProcessingDelay"]
                    speech_processing_delay_interruption_step = src_dict["speechProcessingDelayInterruptionStep"]
                    speech_processing_delay_max_multiplier = src_dict["speechProcessingDelayMaxMultiplier"]
                    caller_response_timeout = src_dict["callerResponseTimeout"]
                    caller_response_timeout_hangup_counter = src_dict["callerResponseTimeoutHangupCounter"]
                    no_contact_injection = src_dict["noContactInjection"]
                    no_convo_history = src_dict["noConvoHistory"]
                    auto_recording_notification = src_dict["autoRecordingNotification"]
                    recording_notification_phrase = src_dict["recordingNotificationPhrase"]
                    pre_answer_ring_time = src_dict["preAnswerRingTime"]
                    confirm_transfers = src_dict["confirmTransfers"]
                    apps = src_dict["apps"]
                except KeyError:
                    _whole = False
            if not _whole:
                welcome_message = src_dict.get("welcomeMessage", UNSET)
                links = src_dict.get("links", UNSET)
                actions = src_dict.get("actions", UNSET)
                timezone = src_dict.get("timezone", UNSET)
                agent_voice = src_dict.get("agentVoice", UNSET)
                agent_lang = src_dict.get("agentLang", UNSET)
                agent_instructions = src_dict.get("agentInstructions", UNSET)
                agent_model = src_dict.get("agentModel", UNSET)
                agent_s2s_engine = src_dict.get("agentS2SEngine", UNSET)
                agent_stt_engine = src_dict.get("agentSttEngine", UNSET)
                post_answer_dtmf = src_dict.get("postAnswerDtmf", UNSET)
                wait_on_answer = src_dict.get("waitOnAnswer", UNSET)
                interruption_word_count = src_dict.get("interruptionWordCount", UNSET)
                interruption_minimum_speaking_time = src_dict.get("interruptionMinimumSpeakingTime", UNSET)
                speaking_timeout = src_dict.get("speakingTimeout", UNSET)
                speech_processing_delay = src_dict.get("speechProcessingDelay", UNSET)
                speech_processing_delay_interruption_step = src_dict.get("speechProcessingDelayInterruptionStep", UNSET)
                speech_processing_delay_max_multiplier = src_dict.get("speechProcessingDelayMaxMultiplier", UNSET)
                caller_response_timeout = src_dict.get("callerResponseTimeout", UNSET)
                caller_response_timeout_hangup_counter = src_dict.get("callerResponseTimeoutHangupCounter", UNSET)
                no_contact_injection = src_dict.get("noContactInjection", UNSET)
                no_convo_history = src_dict.get("noConvoHistory", UNSET)
                auto_recording_notification = src_dict.get("autoRecordingNotification", UNSET)
                recording_notification_phrase = src_dict.get("recordingNotificationPhrase", UNSET)
                pre_answer_ring_time = src_dict.get("preAnswerRingTime", UNSET)
                confirm_transfers = src_dict.get("confirmTransfers", UNSET)
                apps = src_dict.get("apps", UNSET)

            if agent_lang is not UNSET:
                _field = "agentLang"
                agent_lang = _update_agent_body_agent_lang_member(agent_lang) or UpdateAgentBodyAgentLang(agent_lang)

            if agent_s2s_engine is not UNSET and agent_s2s_engine is not None:
                _field = "agentS2SEngine"
                agent_s2s_engine = _update_agent_body_agent_s2s_engine_member(
                    agent_s2s_engine
                ) or UpdateAgentBodyAgentS2SEngine(agent_s2s_engine)

            if agent_stt_engine is not UNSET:
                _field = "agentSttEngine"
                agent_stt_engine = _update_agent_body_agent_stt_engine_member(
                    agent_stt_engine
                ) or UpdateAgentBodyAgentSttEngine(agent_stt_engine)

            if apps is not UNSET:
                _field = "apps"
                _items = []
                _read_item = _models.UpdateAgentBodyAppsItem.from_dict
                for _item in apps:
                    _items.append(_read_item(_item))
                apps = _items
                _items = None

            if _whole or len(src_dict) == 3 + (welcome_message is not UNSET) + (links is not UNSET) + (
                actions is not UNSET
            ) + (timezone is not UNSET) + (agent_voice is not UNSET) + (agent_lang is not UNSET) + (
                agent_instructions is not UNSET
            ) + (agent_model is not UNSET) + (agent_s2s_engine is not UNSET) + (agent_stt_engine is not UNSET) + (
                post_answer_dtmf is not UNSET
            ) + (wait_on_answer is not UNSET) + (interruption_word_count is not UNSET) + (
                interruption_minimum_speaking_time is not UNSET
            ) + (speaking_timeout is not UNSET) + (speech_processing_delay is not UNSET) + (
                speech_processing_delay_interruption_step is not UNSET
            ) + (speech_processing_delay_max_multiplier is not UNSET) + (caller_response_timeout is not UNSET) + (
                caller_response_timeout_hangup_counter is not UNSET
            ) + (no_contact_injection is not UNSET) + (no_convo_history is not UNSET) + (
                auto_recording_notification is not UNSET
            ) + (recording_notification_phrase is not UNSET) + (pre_answer_ring_time is not UNSET) + (
                confirm_transfers is not UNSET
            ) + (apps is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.type_ = type_
        _model.title = title
        _model.description = description
        _model.welcome_message = welcome_message
        _model.links = links
        _model.actions = actions
        _model.timezone = timezone
        _model.agent_voice = agent_voice
        _model.agent_lang = agent_lang
        _model.agent_instructions = agent_instructions
        _model.agent_model = agent_model
        _model.agent_s2s_engine = agent_s2s_engine
        _model.agent_stt_engine = agent_stt_engine
        _model.post_answer_dtmf = post_answer_dtmf
        _model.wait_on_answer = wait_on_answer
        _model.interruption_word_count = interruption_word_count
        _model.interruption_minimum_speaking_time = interruption_minimum_speaking_time
        _model.speaking_timeout = speaking_timeout
        _model.speech_processing_delay = speech_processing_delay
        _model.speech_processing_delay_interruption_step = speech_processing_delay_interruption_step
        _model.speech_processing_delay_max_multiplier = speech_processing_delay_max_multiplier
        _model.caller_response_timeout = caller_response_timeout
        _model.caller_response_timeout_hangup_counter = caller_response_timeout_hangup_counter
        _model.no_contact_injection = no_contact_injection
        _model.no_convo_history = no_convo_history
        _model.auto_recording_notification = auto_recording_notification
        _model.recording_notification_phrase = recording_notification_phrase
        _model.pre_answer_ring_time = pre_answer_ring_time
        _model.confirm_transfers = confirm_transfers
        _model.apps = apps
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

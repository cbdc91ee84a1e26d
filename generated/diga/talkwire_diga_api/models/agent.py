from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..models.agent_language import AgentLanguage
from ..models.agent_mode import AgentMode
from ..models.background_audio import BackgroundAudio
from ..models.phone_menu_action import PhoneMenuAction
from ..models.phone_menu_navigation_mode import PhoneMenuNavigationMode
from ..models.voicemail_action import VoicemailAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_flow import AgentFlow
    from ..models.agent_integration import AgentIntegration
    from ..models.dynamic_variables import DynamicVariables
    from ..models.hang_up_tool import HangUpTool
    from ..models.transfer_call_tool import TransferCallTool
    from ..models.validation_issue import ValidationIssue
    from ..models.voice import Voice


T = TypeVar("T", bound="Agent")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_agent_language_member = AgentLanguage._value2member_map_.get
_agent_mode_member = AgentMode._value2member_map_.get
_background_audio_member = BackgroundAudio._value2member_map_.get
_voicemail_action_member = VoicemailAction._value2member_map_.get
_phone_menu_action_member = PhoneMenuAction._value2member_map_.get
_phone_menu_navigation_mode_member = PhoneMenuNavigationMode._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "agent_id",
        "modified_at",
        "created_at",
        "version_id",
        "version_number",
        "version_created_at",
        "voice",
        "language",
        "mode",
        "version_name",
        "is_draft",
        "is_published",
        "name",
        "description",
        "prompt",
        "greeting",
        "time_before_start",
        "volume",
        "max_reminder_count",
        "reminder_frequency_ms",
        "reminder_messages",
        "knowledge_base_ids",
        "knowledge_item_ids",
        "conversational_path_id",
        "integrations",
        "call_tools",
        "dynamic_variables",
        "background_audio",
        "flows",
        "source_template_id",
        "voicemail_detection",
        "voicemail_action",
        "voicemail_message",
        "phone_menu_detection",
        "phone_menu_action",
        "phone_menu_navigation_mode",
        "phone_menu_goal",
        "phone_menu_key_sequence",
        "validation_issues",
    )
)


@_attrs_define
class Agent:
    """A voice agent version: the draft or a numbered version, with its full configuration. Vendor schema
    `AgentResponseSchema`.

        Attributes:
            agent_id (UUID): Agent id (the same for every version of the agent).
            modified_at (datetime.datetime): When the agent was last modified.
            created_at (datetime.datetime): When the agent was created.
            version_id (UUID): Id of this version.
            version_number (int): Number of this version.
            version_created_at (datetime.datetime): When this version was created.
            voice (Voice): A voice of the catalogue. Vendor schema `VoiceResponseSchema`.
            language (AgentLanguage): Agent language (vendor enum `AvailableLanguages`). `multi` = Spanish and English in
                the same call.
            mode (AgentMode): `free`: prompt-driven agent; `path`: driven by a conversational path.
            version_name (None | str | Unset): Name of the version.
            is_draft (bool | Unset): Whether this is the agent's draft. Default: False.
            is_published (bool | Unset): Whether this is the agent's published version. Default: False.
            name (None | str | Unset): Agent name.
            description (None | str | Unset): Free-text description of the agent.
            prompt (None | str | Unset): The agent's instructions (system prompt); may use `{{dynamic variables}}`.
            greeting (None | str | Unset): When set the agent always speaks first.
            time_before_start (float | None | Unset): Seconds before the agent speaks.
            volume (int | Unset): Voice volume: 50 = unchanged, 0 silent, 100 max. Default: 50.
            max_reminder_count (int | Unset): Reminders sent when the user stays silent; 0 disables them; the call hangs up
                after the last one. Default: 3.
            reminder_frequency_ms (int | Unset): Silence, in milliseconds, before each reminder. Default: 7500.
            reminder_messages (list[str] | Unset): Reminder texts; empty = the model writes its own.
            knowledge_base_ids (list[UUID] | None | Unset): Knowledge bases the agent can search.
            knowledge_item_ids (list[UUID] | None | Unset): Single knowledge items the agent can search.
            conversational_path_id (None | Unset | UUID): Conversational path that drives the agent; required when `mode` is
                `path`, ignored for `free`.
            integrations (list[AgentIntegration] | Unset): Integration tools the agent can use.
            call_tools (list[HangUpTool | TransferCallTool] | Unset): Built-in call tools (transfer, hang-up) the agent can
                use.
            dynamic_variables (DynamicVariables | None | Unset): Agent-level; call-level values override; defaults to `{}`.
            background_audio (BackgroundAudio | None | Unset): Ambient sound played during calls.
            flows (list[AgentFlow] | Unset): Workflows assigned to the agent.
            source_template_id (None | Unset | UUID): Agent template the agent was created from, if any.
            voicemail_detection (bool | Unset): Whether to detect voicemail. Default: False.
            voicemail_action (VoicemailAction | Unset): What the agent does when it reaches voicemail.
            voicemail_message (None | str | Unset): Message left on voicemail; required when `voicemail_detection` is on
                with `leave_message`; supports `{{dynamic variables}}`.
            phone_menu_detection (bool | Unset): Whether to detect phone menus (IVR). Default: False.
            phone_menu_action (PhoneMenuAction | Unset): What the agent does when it detects a phone menu (IVR).
            phone_menu_navigation_mode (PhoneMenuNavigationMode | Unset): `goal`: the LLM picks menu options towards a
                plain-language goal; `key_sequence`: fixed DTMF keys, one per menu.
            phone_menu_goal (None | str | Unset): Plain-language goal for `goal` navigation; required in that mode.
            phone_menu_key_sequence (None | str | Unset): Comma-separated DTMF keys (0-9, *, #), one per menu; required in
                `key_sequence` mode.
            validation_issues (list[ValidationIssue] | None | Unset): Only for drafts on dashboard endpoints.
    """

    agent_id: UUID
    modified_at: datetime.datetime
    created_at: datetime.datetime
    version_id: UUID
    version_number: int
    version_created_at: datetime.datetime
    voice: Voice
    language: AgentLanguage
    mode: AgentMode
    version_name: None | str | Unset = UNSET
    is_draft: bool | Unset = False
    is_published: bool | Unset = False
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    greeting: None | str | Unset = UNSET
    time_before_start: float | None | Unset = UNSET
    volume: int | Unset = 50
    max_reminder_count: int | Unset = 3
    reminder_frequency_ms: int | Unset = 7500
    reminder_messages: list[str] | Unset = UNSET
    knowledge_base_ids: list[UUID] | None | Unset = UNSET
    knowledge_item_ids: list[UUID] | None | Unset = UNSET
    conversational_path_id: None | Unset | UUID = UNSET
    integrations: list[AgentIntegration] | Unset = UNSET
    call_tools: list[HangUpTool | TransferCallTool] | Unset = UNSET
    dynamic_variables: DynamicVariables | None | Unset = UNSET
    background_audio: BackgroundAudio | None | Unset = UNSET
    flows: list[AgentFlow] | Unset = UNSET
    source_template_id: None | Unset | UUID = UNSET
    voicemail_detection: bool | Unset = False
    voicemail_action: VoicemailAction | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    phone_menu_detection: bool | Unset = False
    phone_menu_action: PhoneMenuAction | Unset = UNSET
    phone_menu_navigation_mode: PhoneMenuNavigationMode | Unset = UNSET
    phone_menu_goal: None | str | Unset = UNSET
    phone_menu_key_sequence: None | str | Unset = UNSET
    validation_issues: list[ValidationIssue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_variables import DynamicVariables
        from ..models.transfer_call_tool import TransferCallTool

        agent_id = str(self.agent_id)

        modified_at = self.modified_at.isoformat()

        created_at = self.created_at.isoformat()

        version_id = str(self.version_id)

        version_number = self.version_number

        version_created_at = self.version_created_at.isoformat()

        voice = self.voice.to_dict()

        language = self.language.value

        mode = self.mode.value

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        is_draft = self.is_draft

        is_published = self.is_published

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        greeting: None | str | Unset
        if isinstance(self.greeting, Unset):
            greeting = UNSET
        else:
            greeting = self.greeting

        time_before_start: float | None | Unset
        if isinstance(self.time_before_start, Unset):
            time_before_start = UNSET
        else:
            time_before_start = self.time_before_start

        volume = self.volume

        max_reminder_count = self.max_reminder_count

        reminder_frequency_ms = self.reminder_frequency_ms

        reminder_messages: list[str] | Unset = UNSET
        if not isinstance(self.reminder_messages, Unset):
            reminder_messages = self.reminder_messages

        knowledge_base_ids: list[str] | None | Unset
        if isinstance(self.knowledge_base_ids, Unset):
            knowledge_base_ids = UNSET
        elif isinstance(self.knowledge_base_ids, list):
            knowledge_base_ids = []
            for knowledge_base_ids_type_0_item_data in self.knowledge_base_ids:
                knowledge_base_ids_type_0_item = str(knowledge_base_ids_type_0_item_data)
                knowledge_base_ids.append(knowledge_base_ids_type_0_item)

        else:
            knowledge_base_ids = self.knowledge_base_ids

        knowledge_item_ids: list[str] | None | Unset
        if isinstance(self.knowledge_item_ids, Unset):
            knowledge_item_ids = UNSET
        elif isinstance(self.knowledge_item_ids, list):
            knowledge_item_ids = []
            for knowledge_item_ids_type_0_item_data in self.knowledge_item_ids:
                knowledge_item_ids_type_0_item = str(knowledge_item_ids_type_0_item_data)
                knowledge_item_ids.append(knowledge_item_ids_type_0_item)

        else:
            knowledge_item_ids = self.knowledge_item_ids

        conversational_path_id: None | str | Unset
        if isinstance(self.conversational_path_id, Unset):
            conversational_path_id = UNSET
        elif isinstance(self.conversational_path_id, UUID):
            conversational_path_id = str(self.conversational_path_id)
        else:
            conversational_path_id = self.conversational_path_id

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        call_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_tools, Unset):
            call_tools = []
            for call_tools_item_data in self.call_tools:
                call_tools_item: dict[str, Any]
                if isinstance(call_tools_item_data, TransferCallTool):
                    call_tools_item = call_tools_item_data.to_dict()
                else:
                    call_tools_item = call_tools_item_data.to_dict()

                call_tools.append(call_tools_item)

        dynamic_variables: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variables, Unset):
            dynamic_variables = UNSET
        elif isinstance(self.dynamic_variables, DynamicVariables):
            dynamic_variables = self.dynamic_variables.to_dict()
        else:
            dynamic_variables = self.dynamic_variables

        background_audio: None | str | Unset
        if isinstance(self.background_audio, Unset):
            background_audio = UNSET
        elif isinstance(self.background_audio, BackgroundAudio):
            background_audio = self.background_audio.value
        else:
            background_audio = self.background_audio

        flows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = []
            for flows_item_data in self.flows:
                flows_item = flows_item_data.to_dict()
                flows.append(flows_item)

        source_template_id: None | str | Unset
        if isinstance(self.source_template_id, Unset):
            source_template_id = UNSET
        elif isinstance(self.source_template_id, UUID):
            source_template_id = str(self.source_template_id)
        else:
            source_template_id = self.source_template_id

        voicemail_detection = self.voicemail_detection

        voicemail_action: str | Unset = UNSET
        if not isinstance(self.voicemail_action, Unset):
            voicemail_action = self.voicemail_action.value

        voicemail_message: None | str | Unset
        if isinstance(self.voicemail_message, Unset):
            voicemail_message = UNSET
        else:
            voicemail_message = self.voicemail_message

        phone_menu_detection = self.phone_menu_detection

        phone_menu_action: str | Unset = UNSET
        if not isinstance(self.phone_menu_action, Unset):
            phone_menu_action = self.phone_menu_action.value

        phone_menu_navigation_mode: str | Unset = UNSET
        if not isinstance(self.phone_menu_navigation_mode, Unset):
            phone_menu_navigation_mode = self.phone_menu_navigation_mode.value

        phone_menu_goal: None | str | Unset
        if isinstance(self.phone_menu_goal, Unset):
            phone_menu_goal = UNSET
        else:
            phone_menu_goal = self.phone_menu_goal

        phone_menu_key_sequence: None | str | Unset
        if isinstance(self.phone_menu_key_sequence, Unset):
            phone_menu_key_sequence = UNSET
        else:
            phone_menu_key_sequence = self.phone_menu_key_sequence

        validation_issues: list[dict[str, Any]] | None | Unset
        if isinstance(self.validation_issues, Unset):
            validation_issues = UNSET
        elif isinstance(self.validation_issues, list):
            validation_issues = []
            for validation_issues_type_0_item_data in self.validation_issues:
                validation_issues_type_0_item = validation_issues_type_0_item_data.to_dict()
                validation_issues.append(validation_issues_type_0_item)

        else:
            validation_issues = self.validation_issues

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "modified_at": modified_at,
                "created_at": created_at,
                "version_id": version_id,
                "version_number": version_number,
                "version_created_at": version_created_at,
                "voice": voice,
                "language": language,
                "mode": mode,
            }
        )
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if time_before_start is not UNSET:
            field_dict["time_before_start"] = time_before_start
        if volume is not UNSET:
            field_dict["volume"] = volume
        if max_reminder_count is not UNSET:
            field_dict["max_reminder_count"] = max_reminder_count
        if reminder_frequency_ms is not UNSET:
            field_dict["reminder_frequency_ms"] = reminder_frequency_ms
        if reminder_messages is not UNSET:
            field_dict["reminder_messages"] = reminder_messages
        if knowledge_base_ids is not UNSET:
            field_dict["knowledge_base_ids"] = knowledge_base_ids
        if knowledge_item_ids is not UNSET:
            field_dict["knowledge_item_ids"] = knowledge_item_ids
        if conversational_path_id is not UNSET:
            field_dict["conversational_path_id"] = conversational_path_id
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if call_tools is not UNSET:
            field_dict["call_tools"] = call_tools
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if background_audio is not UNSET:
            field_dict["background_audio"] = background_audio
        if flows is not UNSET:
            field_dict["flows"] = flows
        if source_template_id is not UNSET:
            field_dict["source_template_id"] = source_template_id
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection
        if voicemail_action is not UNSET:
            field_dict["voicemail_action"] = voicemail_action
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        if phone_menu_detection is not UNSET:
            field_dict["phone_menu_detection"] = phone_menu_detection
        if phone_menu_action is not UNSET:
            field_dict["phone_menu_action"] = phone_menu_action
        if phone_menu_navigation_mode is not UNSET:
            field_dict["phone_menu_navigation_mode"] = phone_menu_navigation_mode
        if phone_menu_goal is not UNSET:
            field_dict["phone_menu_goal"] = phone_menu_goal
        if phone_menu_key_sequence is not UNSET:
            field_dict["phone_menu_key_sequence"] = phone_menu_key_sequence
        if validation_issues is not UNSET:
            field_dict["validation_issues"] = validation_issues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "agent_id"
            agent_id = _uuid_from_wire(src_dict["agent_id"])

            _field = "modified_at"
            try:
                modified_at = _fromisoformat(src_dict["modified_at"])
            except ValueError:
                modified_at = _datetime_fallback(src_dict["modified_at"])

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _field = "version_id"
            version_id = _uuid_from_wire(src_dict["version_id"])

            version_number = src_dict["version_number"]

            _field = "version_created_at"
            try:
                version_created_at = _fromisoformat(src_dict["version_created_at"])
            except ValueError:
                version_created_at = _datetime_fallback(src_dict["version_created_at"])

            _field = "voice"
            voice = _models.Voice.from_dict(src_dict["voice"])

            _field = "language"
            language = src_dict["language"]
            language = _agent_language_member(language) or AgentLanguage(language)

            _field = "mode"
            mode = src_dict["mode"]
            mode = _agent_mode_member(mode) or AgentMode(mode)

            _whole = len(src_dict) == 39
            if _whole:
                try:
                    version_name = src_dict["version_name"]
                    is_draft = src_dict["is_draft"]
                    is_published = src_dict["is_published"]
                    name = src_dict["name"]
                    description = src_dict["description"]
                    prompt = src_dict["prompt"]
                    greeting = src_dict["greeting"]
                    time_before_start = src_dict["time_before_start"]
                    volume = src_dict["volume"]
                    max_reminder_count = src_dict["max_reminder_count"]
                    reminder_frequency_ms = src_dict["reminder_frequency_ms"]
                    reminder_messages = src_dict["reminder_messages"]
                    knowledge_base_ids = src_dict["knowledge_base_ids"]
                    knowledge_item_ids = src_dict["knowledge_item_ids"]
                    conversational_path_id = src_dict["conversational_path_id"]
                    integrations = src_dict["integrations"]
                    call_tools = src_dict["call_tools"]
                    dynamic_variables = src_dict["dynamic_variables"]
                    background_audio = src_dict["background_audio"]
                    flows = src_dict["flows"]
                    source_template_id = src_dict["source_template_id"]
                    voicemail_detection = src_dict["voicemail_detection"]
                    voicemail_action = src_dict["voicemail_action"]
                    voicemail_message = src_dict["voicemail_message"]
                    phone_menu_detection = src_dict["phone_menu_detection"]
                    phone_menu_action = src_dict["phone_menu_action"]
                    phone_menu_navigation_mode = src_dict["phone_menu_navigation_mode"]
                    phone_menu_goal = src_dict["phone_menu_goal"]
                    phone_menu_key_sequence = src_dict["phone_menu_key_sequence"]
                    validation_issues = src_dict["validation_issues"]
                except KeyError:
                    _whole = False
            if not _whole:
                version_name = src_dict.get("version_name", UNSET)
                is_draft = src_dict.get("is_draft", UNSET)
                is_published = src_dict.get("is_published", UNSET)
                name = src_dict.get("name", UNSET)
                description = src_dict.get("description", UNSET)
                prompt = src_dict.get("prompt", UNSET)
                greeting = src_dict.get("greeting", UNSET)
                time_before_start = src_dict.get("time_before_start", UNSET)
                volume = src_dict.get("volume", UNSET)
                max_reminder_count = src_dict.get("max_reminder_count", UNSET)
                reminder_frequency_ms = src_dict.get("reminder_frequency_ms", UNSET)
                reminder_messages = src_dict.get("reminder_messages", UNSET)
                knowledge_base_ids = src_dict.get("knowledge_base_ids", UNSET)
                knowledge_item_ids = src_dict.get("knowledge_item_ids", UNSET)
                conversational_path_id = src_dict.get("conversational_path_id", UNSET)
                integrations = src_dict.get("integrations", UNSET)
                call_tools = src_dict.get("call_tools", UNSET)
                dynamic_variables = src_dict.get("dynamic_variables", UNSET)
                background_audio = src_dict.get("background_audio", UNSET)
                flows = src_dict.get("flows", UNSET)
                source_template_id = src_dict.get("source_template_id", UNSET)
                voicemail_detection = src_dict.get("voicemail_detection", UNSET)
                voicemail_action = src_dict.get("voicemail_action", UNSET)
                voicemail_message = src_dict.get("voicemail_message", UNSET)
                phone_menu_detection = src_dict.get("phone_menu_detection", UNSET)
                phone_menu_action = src_dict.get("phone_menu_action", UNSET)
                phone_menu_navigation_mode = src_dict.get("phone_menu_navigation_mode", UNSET)
                phone_menu_goal = src_dict.get("phone_menu_goal", UNSET)
                phone_menu_key_sequence = src_dict.get("phone_menu_key_sequence", UNSET)
                validation_issues = src_dict.get("validation_issues", UNSET)

            if knowledge_base_ids is not UNSET and knowledge_base_ids is not None:
                _field = "knowledge_base_ids"
                if not isinstance(knowledge_base_ids, list):
                    _not_valid(knowledge_base_ids, "list[UUID] | None")
                _items = []
                _read_item = _uuid_from_wire
                for _item in knowledge_base_ids:
                    _items.append(_read_item(_item))
                knowledge_base_ids = _items
                _items = None

            if knowledge_item_ids is not UNSET and knowledge_item_ids is not None:
                _field = "knowledge_item_ids"
                if not isinstance(knowledge_item_ids, list):
                    _not_valid(knowledge_item_ids, "list[UUID] | None")
                _items = []
                _read_item = _uuid_from_wire
                for _item in knowledge_item_ids:
                    _items.append(_read_item(_item))
                knowledge_item_ids = _items
                _items = None

            if conversational_path_id is not UNSET and conversational_path_id is not None:
                _field = "conversational_path_id"
                conversational_path_id = _uuid_from_wire(conversational_path_id)

            if integrations is not UNSET:
                _field = "integrations"
                _items = []
                _read_item = _models.AgentIntegration.from_dict
                for _item in integrations:
                    _items.append(_read_item(_item))
                integrations = _items
                _items = None

            if call_tools is not UNSET:
                _field = "call_tools"
                _items = []
                _read_item = _parse_call_tools_item
                for _item in call_tools:
                    _items.append(_read_item(_item))
                call_tools = _items
                _items = None

            if dynamic_variables is not UNSET and dynamic_variables is not None:
                _field = "dynamic_variables"
                dynamic_variables = _models.DynamicVariables.from_dict(dynamic_variables)

            if background_audio is not UNSET and background_audio is not None:
                _field = "background_audio"
                background_audio = _background_audio_member(background_audio) or BackgroundAudio(background_audio)

            if flows is not UNSET:
                _field = "flows"
                _items = []
                _read_item = _models.AgentFlow.from_dict
                for _item in flows:
                    _items.append(_read_item(_item))
                flows = _items
                _items = None

            if source_template_id is not UNSET and source_template_id is not None:
                _field = "source_template_id"
                source_template_id = _uuid_from_wire(source_template_id)

            if voicemail_action is not UNSET:
                _field = "voicemail_action"
                voicemail_action = _voicemail_action_member(voicemail_action) or VoicemailAction(voicemail_action)

            if phone_menu_action is not UNSET:
                _field = "phone_menu_action"
                phone_menu_action = _phone_menu_action_member(phone_menu_action) or PhoneMenuAction(phone_menu_action)

            if phone_menu_navigation_mode is not UNSET:
                _field = "phone_menu_navigation_mode"
                phone_menu_navigation_mode = _phone_menu_navigation_mode_member(
                    phone_menu_navigation_mode
                ) or PhoneMenuNavigationMode(phone_menu_navigation_mode)

            if validation_issues is not UNSET and validation_issues is not None:
                _field = "validation_issues"
                if not isinstance(validation_issues, list):
                    _not_valid(validation_issues, "list[ValidationIssue] | None")
                _items = []
                _read_item = _models.ValidationIssue.from_dict
                for _item in validation_issues:
                    _items.append(_read_item(_item))
                validation_issues = _items
                _items = None

            if _whole or len(src_dict) == 9 + (version_name is not UNSET) + (is_draft is not UNSET) + (
                is_published is not UNSET
            ) + (name is not UNSET) + (description is not UNSET) + (prompt is not UNSET) + (greeting is not UNSET) + (
                time_before_start is not UNSET
            ) + (volume is not UNSET) + (max_reminder_count is not UNSET) + (reminder_frequency_ms is not UNSET) + (
                reminder_messages is not UNSET
            ) + (knowledge_base_ids is not UNSET) + (knowledge_item_ids is not UNSET) + (
                conversational_path_id is not UNSET
            ) + (integrations is not UNSET) + (call_tools is not UNSET) + (dynamic_variables is not UNSET) + (
                background_audio is not UNSET
            ) + (flows is not UNSET) + (source_template_id is not UNSET) + (voicemail_detection is not UNSET) + (
                voicemail_action is not UNSET
            ) + (voicemail_message is not UNSET) + (phone_menu_detection is not UNSET) + (
                phone_menu_action is not UNSET
            ) + (phone_menu_navigation_mode is not UNSET) + (phone_menu_goal is not UNSET) + (
                phone_menu_key_sequence is not UNSET
            ) + (validation_issues is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.agent_id = agent_id
        _model.modified_at = modified_at
        _model.created_at = created_at
        _model.version_id = version_id
        _model.version_number = version_number
        _model.version_created_at = version_created_at
        _model.voice = voice
        _model.language = language
        _model.mode = mode
        _model.version_name = version_name
        _model.is_draft = is_draft
        _model.is_published = is_published
        _model.name = name
        _model.description = description
        _model.prompt = prompt
        _model.greeting = greeting
        _model.time_before_start = time_before_start
        _model.volume = volume
        _model.max_reminder_count = max_reminder_count
        _model.reminder_frequency_ms = reminder_frequency_ms
        _model.reminder_messages = reminder_messages
        _model.knowledge_base_ids = knowledge_base_ids
        _model.knowledge_item_ids = knowledge_item_ids
        _model.conversational_path_id = conversational_path_id
        _model.integrations = integrations
        _model.call_tools = call_tools
        _model.dynamic_variables = dynamic_variables
        _model.background_audio = background_audio
        _model.flows = flows
        _model.source_template_id = source_template_id
        _model.voicemail_detection = voicemail_detection
        _model.voicemail_action = voicemail_action
        _model.voicemail_message = voicemail_message
        _model.phone_menu_detection = phone_menu_detection
        _model.phone_menu_action = phone_menu_action
        _model.phone_menu_navigation_mode = phone_menu_navigation_mode
        _model.phone_menu_goal = phone_menu_goal
        _model.phone_menu_key_sequence = phone_menu_key_sequence
        _model.validation_issues = validation_issues
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


def _parse_call_tools_item(data: Any) -> HangUpTool | TransferCallTool:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.TransferCallTool.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.HangUpTool.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(data, "HangUpTool | TransferCallTool")

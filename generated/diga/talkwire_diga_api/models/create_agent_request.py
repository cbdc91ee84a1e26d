from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
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
    from ..models.agent_integration_input import AgentIntegrationInput
    from ..models.dynamic_variables import DynamicVariables
    from ..models.hang_up_tool import HangUpTool
    from ..models.transfer_call_tool import TransferCallTool


T = TypeVar("T", bound="CreateAgentRequest")


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
        "voice_id",
        "language",
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
        "mode",
        "conversational_path_id",
        "version_name",
        "integrations",
        "call_tools",
        "dynamic_variables",
        "background_audio",
        "flow_ids",
        "voicemail_detection",
        "voicemail_action",
        "voicemail_message",
        "phone_menu_detection",
        "phone_menu_action",
        "phone_menu_navigation_mode",
        "phone_menu_goal",
        "phone_menu_key_sequence",
    )
)


@_attrs_define
class CreateAgentRequest:
    """Configuration of a new agent. Vendor schema `AgentRequest`.

    Attributes:
        voice_id (UUID): Voice of the agent.
        language (AgentLanguage): Agent language (vendor enum `AvailableLanguages`). `multi` = Spanish and English in
            the same call.
        name (None | str | Unset): Agent name.
        description (None | str | Unset): Free-text description of the agent.
        prompt (None | str | Unset): The agent's instructions (system prompt); may use `{{dynamic variables}}`.
        greeting (None | str | Unset): First sentence of the agent; when set the agent always speaks first.
        time_before_start (float | None | Unset): Seconds before the agent speaks.
        volume (int | Unset): 50 = unchanged, 0 silent, 100 max. Default: 50.
        max_reminder_count (int | Unset): 0 disables reminders; call hangs up after the last one. Default: 3.
        reminder_frequency_ms (int | Unset): Vendor text says 0 disables reminders, but minimum is 1000 (inconsistent).
            Default: 7500.
        reminder_messages (list[str] | Unset): Empty = model writes its own reminders.
        knowledge_base_ids (list[UUID] | None | Unset): Knowledge bases the agent can search.
        knowledge_item_ids (list[UUID] | None | Unset): Single knowledge items the agent can search.
        mode (AgentMode | Unset): `free`: prompt-driven agent; `path`: driven by a conversational path.
        conversational_path_id (None | Unset | UUID): Required when mode=`path`, ignored for `free`.
        version_name (None | str | Unset): Name of the version.
        integrations (list[AgentIntegrationInput] | None | Unset): Integration tools the agent can use.
        call_tools (list[HangUpTool | TransferCallTool] | None | Unset): Built-in call tools (transfer, hang-up) the
            agent can use.
        dynamic_variables (DynamicVariables | None | Unset): Agent-level; call-level values override; defaults to `{}`.
        background_audio (BackgroundAudio | None | Unset): Ambient sound played during calls.
        flow_ids (list[str] | None | Unset): Workflows assigned to the agent.
        voicemail_detection (bool | Unset): Whether to detect voicemail. Default: False.
        voicemail_action (VoicemailAction | Unset): What the agent does when it reaches voicemail.
        voicemail_message (None | str | Unset): Required when voicemail_detection=true with action leave_message;
            supports {{dynamic variables}}.
        phone_menu_detection (bool | Unset): Whether to detect phone menus (IVR). Default: False.
        phone_menu_action (PhoneMenuAction | Unset): What the agent does when it detects a phone menu (IVR).
        phone_menu_navigation_mode (PhoneMenuNavigationMode | Unset): `goal`: the LLM picks menu options towards a
            plain-language goal; `key_sequence`: fixed DTMF keys, one per menu.
        phone_menu_goal (None | str | Unset): Required in `goal` navigation mode.
        phone_menu_key_sequence (None | str | Unset): Comma-separated DTMF keys (0-9,*,#); required in `key_sequence`
            mode.
    """

    voice_id: UUID
    language: AgentLanguage
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
    mode: AgentMode | Unset = UNSET
    conversational_path_id: None | Unset | UUID = UNSET
    version_name: None | str | Unset = UNSET
    integrations: list[AgentIntegrationInput] | None | Unset = UNSET
    call_tools: list[HangUpTool | TransferCallTool] | None | Unset = UNSET
    dynamic_variables: DynamicVariables | None | Unset = UNSET
    background_audio: BackgroundAudio | None | Unset = UNSET
    flow_ids: list[str] | None | Unset = UNSET
    voicemail_detection: bool | Unset = False
    voicemail_action: VoicemailAction | Unset = UNSET
    voicemail_message: None | str | Unset = UNSET
    phone_menu_detection: bool | Unset = False
    phone_menu_action: PhoneMenuAction | Unset = UNSET
    phone_menu_navigation_mode: PhoneMenuNavigationMode | Unset = UNSET
    phone_menu_goal: None | str | Unset = UNSET
    phone_menu_key_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_variables import DynamicVariables
        from ..models.transfer_call_tool import TransferCallTool

        voice_id = str(self.voice_id)

        language = self.language.value

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

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        conversational_path_id: None | str | Unset
        if isinstance(self.conversational_path_id, Unset):
            conversational_path_id = UNSET
        elif isinstance(self.conversational_path_id, UUID):
            conversational_path_id = str(self.conversational_path_id)
        else:
            conversational_path_id = self.conversational_path_id

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        call_tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.call_tools, Unset):
            call_tools = UNSET
        elif isinstance(self.call_tools, list):
            call_tools = []
            for call_tools_type_0_item_data in self.call_tools:
                call_tools_type_0_item: dict[str, Any]
                if isinstance(call_tools_type_0_item_data, TransferCallTool):
                    call_tools_type_0_item = call_tools_type_0_item_data.to_dict()
                else:
                    call_tools_type_0_item = call_tools_type_0_item_data.to_dict()

                call_tools.append(call_tools_type_0_item)

        else:
            call_tools = self.call_tools

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

        flow_ids: list[str] | None | Unset
        if isinstance(self.flow_ids, Unset):
            flow_ids = UNSET
        elif isinstance(self.flow_ids, list):
            flow_ids = self.flow_ids

        else:
            flow_ids = self.flow_ids

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "language": language,
            }
        )
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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if conversational_path_id is not UNSET:
            field_dict["conversational_path_id"] = conversational_path_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if call_tools is not UNSET:
            field_dict["call_tools"] = call_tools
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if background_audio is not UNSET:
            field_dict["background_audio"] = background_audio
        if flow_ids is not UNSET:
            field_dict["flow_ids"] = flow_ids
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "voice_id"
            voice_id = _uuid_from_wire(src_dict["voice_id"])

            _field = "language"
            language = src_dict["language"]
            language = _agent_language_member(language) or AgentLanguage(language)

            _whole = len(src_dict) == 29
            if _whole:
                try:
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
                    mode = src_dict["mode"]
                    conversational_path_id = src_dict["conversational_path_id"]
                    version_name = src_dict["version_name"]
                    integrations = src_dict["integrations"]
                    call_tools = src_dict["call_tools"]
                    dynamic_variables = src_dict["dynamic_variables"]
                    background_audio = src_dict["background_audio"]
                    flow_ids = src_dict["flow_ids"]
                    voicemail_detection = src_dict["voicemail_detection"]
                    voicemail_action = src_dict["voicemail_action"]
                    voicemail_message = src_dict["voicemail_message"]
                    phone_menu_detection = src_dict["phone_menu_detection"]
                    phone_menu_action = src_dict["phone_menu_action"]
                    phone_menu_navigation_mode = src_dict["phone_menu_navigation_mode"]
                    phone_menu_goal = src_dict["phone_menu_goal"]
                    phone_menu_key_sequence = src_dict["phone_menu_key_sequence"]
                except KeyError:
                    _whole = False
            if not _whole:
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
                mode = src_dict.get("mode", UNSET)
                conversational_path_id = src_dict.get("conversational_path_id", UNSET)
                version_name = src_dict.get("version_name", UNSET)
                integrations = src_dict.get("integrations", UNSET)
                call_tools = src_dict.get("call_tools", UNSET)
                dynamic_variables = src_dict.get("dynamic_variables", UNSET)
                background_audio = src_dict.get("background_audio", UNSET)
                flow_ids = src_dict.get("flow_ids", UNSET)
                voicemail_detection = src_dict.get("voicemail_detection", UNSET)
                voicemail_action = src_dict.get("voicemail_action", UNSET)
                voicemail_message = src_dict.get("voicemail_message", UNSET)
                phone_menu_detection = src_dict.get("phone_menu_detection", UNSET)
                phone_menu_action = src_dict.get("phone_menu_action", UNSET)
                phone_menu_navigation_mode = src_dict.get("phone_menu_navigation_mode", UNSET)
                phone_menu_goal = src_dict.get("phone_menu_goal", UNSET)
                phone_menu_key_sequence = src_dict.get("phone_menu_key_sequence", UNSET)

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

            if mode is not UNSET:
                _field = "mode"
                mode = _agent_mode_member(mode) or AgentMode(mode)

            if conversational_path_id is not UNSET and conversational_path_id is not None:
                _field = "conversational_path_id"
                conversational_path_id = _uuid_from_wire(conversational_path_id)

            if integrations is not UNSET and integrations is not None:
                _field = "integrations"
                if not isinstance(integrations, list):
                    _not_valid(integrations, "list[AgentIntegrationInput] | None")
                _items = []
                _read_item = _models.AgentIntegrationInput.from_dict
                for _item in integrations:
                    _items.append(_read_item(_item))
                integrations = _items
                _items = None

            if call_tools is not UNSET and call_tools is not None:
                _field = "call_tools"
                if not isinstance(call_tools, list):
                    _not_valid(call_tools, "list[HangUpTool | TransferCallTool] | None")
                _items = []
                _read_item = _parse_call_tools_type_0_item
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

            if flow_ids is not UNSET and flow_ids is not None:
                _field = "flow_ids"
                if not isinstance(flow_ids, list):
                    _not_valid(flow_ids, "list[str] | None")

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

            if _whole or len(src_dict) == 2 + (name is not UNSET) + (description is not UNSET) + (
                prompt is not UNSET
            ) + (greeting is not UNSET) + (time_before_start is not UNSET) + (volume is not UNSET) + (
                max_reminder_count is not UNSET
            ) + (reminder_frequency_ms is not UNSET) + (reminder_messages is not UNSET) + (
                knowledge_base_ids is not UNSET
            ) + (knowledge_item_ids is not UNSET) + (mode is not UNSET) + (conversational_path_id is not UNSET) + (
                version_name is not UNSET
            ) + (integrations is not UNSET) + (call_tools is not UNSET) + (dynamic_variables is not UNSET) + (
                background_audio is not UNSET
            ) + (flow_ids is not UNSET) + (voicemail_detection is not UNSET) + (voicemail_action is not UNSET) + (
                voicemail_message is not UNSET
            ) + (phone_menu_detection is not UNSET) + (phone_menu_action is not UNSET) + (
                phone_menu_navigation_mode is not UNSET
            ) + (phone_menu_goal is not UNSET) + (phone_menu_key_sequence is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.voice_id = voice_id
        _model.language = language
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
        _model.mode = mode
        _model.conversational_path_id = conversational_path_id
        _model.version_name = version_name
        _model.integrations = integrations
        _model.call_tools = call_tools
        _model.dynamic_variables = dynamic_variables
        _model.background_audio = background_audio
        _model.flow_ids = flow_ids
        _model.voicemail_detection = voicemail_detection
        _model.voicemail_action = voicemail_action
        _model.voicemail_message = voicemail_message
        _model.phone_menu_detection = phone_menu_detection
        _model.phone_menu_action = phone_menu_action
        _model.phone_menu_navigation_mode = phone_menu_navigation_mode
        _model.phone_menu_goal = phone_menu_goal
        _model.phone_menu_key_sequence = phone_menu_key_sequence
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


def _parse_call_tools_type_0_item(data: Any) -> HangUpTool | TransferCallTool:
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

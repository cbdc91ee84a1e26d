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
    from ..models.action_suggestion import ActionSuggestion
    from ..models.app_suggestion import AppSuggestion


T = TypeVar("T", bound="AgentReview")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("agentId", "agentInstructionsSuggestion", "greetingSuggestion", "actionSuggestions", "appSuggestions")
)


@_attrs_define
class AgentReview:
    """autoReviewAgentConfiguration, agent mode: a holistic review of the agent.

    Attributes:
        agent_id (str | Unset):  Example: campa_abc.
        agent_instructions_suggestion (str | Unset):  Example: Concise, unambiguous, voice-ready rewrite here....
        greeting_suggestion (str | Unset):  Example: Thank you for calling {orgName}. How can I help you today?.
        action_suggestions (list[ActionSuggestion] | Unset):
        app_suggestions (list[AppSuggestion] | Unset):
    """

    agent_id: str | Unset = UNSET
    agent_instructions_suggestion: str | Unset = UNSET
    greeting_suggestion: str | Unset = UNSET
    action_suggestions: list[ActionSuggestion] | Unset = UNSET
    app_suggestions: list[AppSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_instructions_suggestion = self.agent_instructions_suggestion

        greeting_suggestion = self.greeting_suggestion

        action_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_suggestions, Unset):
            action_suggestions = []
            for action_suggestions_item_data in self.action_suggestions:
                action_suggestions_item = action_suggestions_item_data.to_dict()
                action_suggestions.append(action_suggestions_item)

        app_suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.app_suggestions, Unset):
            app_suggestions = []
            for app_suggestions_item_data in self.app_suggestions:
                app_suggestions_item = app_suggestions_item_data.to_dict()
                app_suggestions.append(app_suggestions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_instructions_suggestion is not UNSET:
            field_dict["agentInstructionsSuggestion"] = agent_instructions_suggestion
        if greeting_suggestion is not UNSET:
            field_dict["greetingSuggestion"] = greeting_suggestion
        if action_suggestions is not UNSET:
            field_dict["actionSuggestions"] = action_suggestions
        if app_suggestions is not UNSET:
            field_dict["appSuggestions"] = app_suggestions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    agent_id = src_dict["agentId"]
                    agent_instructions_suggestion = src_dict["agentInstructionsSuggestion"]
                    greeting_suggestion = src_dict["greetingSuggestion"]
                    action_suggestions = src_dict["actionSuggestions"]
                    app_suggestions = src_dict["appSuggestions"]
                except KeyError:
                    _whole = False
            if not _whole:
                agent_id = src_dict.get("agentId", UNSET)
                agent_instructions_suggestion = src_dict.get("agentInstructionsSuggestion", UNSET)
                greeting_suggestion = src_dict.get("greetingSuggestion", UNSET)
                action_suggestions = src_dict.get("actionSuggestions", UNSET)
                app_suggestions = src_dict.get("appSuggestions", UNSET)

            if action_suggestions is not UNSET:
                _field = "actionSuggestions"
                _items = []
                _read_item = _models.ActionSuggestion.from_dict
                for _item in action_suggestions:
                    _items.append(_read_item(_item))
                action_suggestions = _items
                _items = None

            if app_suggestions is not UNSET:
                _field = "appSuggestions"
                _items = []
                _read_item = _models.AppSuggestion.from_dict
                for _item in app_suggestions:
                    _items.append(_read_item(_item))
                app_suggestions = _items
                _items = None

            if _whole or len(src_dict) == (agent_id is not UNSET) + (agent_instructions_suggestion is not UNSET) + (
                greeting_suggestion is not UNSET
            ) + (action_suggestions is not UNSET) + (app_suggestions is not UNSET):
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
        _model.agent_instructions_suggestion = agent_instructions_suggestion
        _model.greeting_suggestion = greeting_suggestion
        _model.action_suggestions = action_suggestions
        _model.app_suggestions = app_suggestions
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

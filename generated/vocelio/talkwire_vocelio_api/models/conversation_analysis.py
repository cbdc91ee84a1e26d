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
    from ..models.intent_analysis import IntentAnalysis
    from ..models.sentiment_analysis import SentimentAnalysis


T = TypeVar("T", bound="ConversationAnalysis")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("call_id", "sentiment", "intent", "keywords", "summary"))


@_attrs_define
class ConversationAnalysis:
    """
    Attributes:
        call_id (str | Unset):
        sentiment (SentimentAnalysis | Unset):
        intent (IntentAnalysis | Unset):
        keywords (list[str] | Unset):
        summary (str | Unset):
    """

    call_id: str | Unset = UNSET
    sentiment: SentimentAnalysis | Unset = UNSET
    intent: IntentAnalysis | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment.to_dict()

        intent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.to_dict()

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if intent is not UNSET:
            field_dict["intent"] = intent
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 5
            if _whole:
                try:
                    call_id = src_dict["call_id"]
                    sentiment = src_dict["sentiment"]
                    intent = src_dict["intent"]
                    keywords = src_dict["keywords"]
                    summary = src_dict["summary"]
                except KeyError:
                    _whole = False
            if not _whole:
                call_id = src_dict.get("call_id", UNSET)
                sentiment = src_dict.get("sentiment", UNSET)
                intent = src_dict.get("intent", UNSET)
                keywords = src_dict.get("keywords", UNSET)
                summary = src_dict.get("summary", UNSET)

            if sentiment is not UNSET:
                _field = "sentiment"
                sentiment = _models.SentimentAnalysis.from_dict(sentiment)

            if intent is not UNSET:
                _field = "intent"
                intent = _models.IntentAnalysis.from_dict(intent)

            if _whole or len(src_dict) == (call_id is not UNSET) + (sentiment is not UNSET) + (intent is not UNSET) + (
                keywords is not UNSET
            ) + (summary is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.call_id = call_id
        _model.sentiment = sentiment
        _model.intent = intent
        _model.keywords = keywords
        _model.summary = summary
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _uuid_from_wire,
)

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.transcript import Transcript


T = TypeVar("T", bound="ConversationTranscript")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("conversation_id", "transcript", "_meta"))


@_attrs_define
class ConversationTranscript:
    """Response of `getConversationTranscript`.

    Attributes:
        conversation_id (UUID):
        transcript (Transcript): A conversation's transcript. Also the `transcript` field of `ConversationDetail` with
            `include_transcript=true` (that field name is inferred).
        field_meta (Meta): Envelope metadata present at the top level of every REST response body.
    """

    conversation_id: UUID
    transcript: Transcript
    field_meta: Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = str(self.conversation_id)

        transcript = self.transcript.to_dict()

        field_meta = self.field_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "transcript": transcript,
                "_meta": field_meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "conversation_id"
            conversation_id = _uuid_from_wire(src_dict["conversation_id"])

            _field = "transcript"
            transcript = _models.Transcript.from_dict(src_dict["transcript"])

            _field = "_meta"
            field_meta = _models.Meta.from_dict(src_dict["_meta"])

            if len(src_dict) == 3:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.conversation_id = conversation_id
        _model.transcript = transcript
        _model.field_meta = field_meta
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

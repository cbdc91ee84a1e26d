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
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="ConversationSummary")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("conversation_id", "summary", "_meta", "created_at", "updated_at"))


@_attrs_define
class ConversationSummary:
    """Response of `getConversationSummary`.

    Attributes:
        conversation_id (UUID):
        summary (str):
        field_meta (Meta): Envelope metadata present at the top level of every REST response body.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    conversation_id: UUID
    summary: str
    field_meta: Meta
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = str(self.conversation_id)

        summary = self.summary

        field_meta = self.field_meta.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "summary": summary,
                "_meta": field_meta,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "conversation_id"
            conversation_id = _uuid_from_wire(src_dict["conversation_id"])

            summary = src_dict["summary"]

            _field = "_meta"
            field_meta = _models.Meta.from_dict(src_dict["_meta"])

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    created_at = src_dict["created_at"]
                    updated_at = src_dict["updated_at"]
                except KeyError:
                    _whole = False
            if not _whole:
                created_at = src_dict.get("created_at", UNSET)
                updated_at = src_dict.get("updated_at", UNSET)
            if created_at is not UNSET:
                _field = "created_at"
                try:
                    created_at = _fromisoformat(created_at)
                except ValueError:
                    created_at = _datetime_fallback(created_at)

            if updated_at is not UNSET:
                _field = "updated_at"
                try:
                    updated_at = _fromisoformat(updated_at)
                except ValueError:
                    updated_at = _datetime_fallback(updated_at)

            if _whole or len(src_dict) == 3 + (created_at is not UNSET) + (updated_at is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.conversation_id = conversation_id
        _model.summary = summary
        _model.field_meta = field_meta
        _model.created_at = created_at
        _model.updated_at = updated_at
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

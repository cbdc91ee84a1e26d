from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClonedVoice")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("voice_id", "status", "estimated_completion"))


@_attrs_define
class ClonedVoice:
    """
    Attributes:
        voice_id (str):
        status (str): Training status; only `training` is documented, so this is not an enum.
        estimated_completion (datetime.datetime | Unset):
    """

    voice_id: str
    status: str
    estimated_completion: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        status = self.status

        estimated_completion: str | Unset = UNSET
        if not isinstance(self.estimated_completion, Unset):
            estimated_completion = self.estimated_completion.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "status": status,
            }
        )
        if estimated_completion is not UNSET:
            field_dict["estimated_completion"] = estimated_completion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            voice_id = src_dict["voice_id"]

            status = src_dict["status"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    estimated_completion = src_dict["estimated_completion"]
                except KeyError:
                    _whole = False
            if not _whole:
                estimated_completion = src_dict.get("estimated_completion", UNSET)
            if estimated_completion is not UNSET:
                _field = "estimated_completion"
                try:
                    estimated_completion = _fromisoformat(estimated_completion)
                except ValueError:
                    estimated_completion = _datetime_fallback(estimated_completion)

            if _whole or len(src_dict) == 2 + (estimated_completion is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.voice_id = voice_id
        _model.status = status
        _model.estimated_completion = estimated_completion
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.call_status import CallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveCall")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_call_status_member = CallStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("call_id", "status", "duration", "quality_score"))


@_attrs_define
class ActiveCall:
    """
    Attributes:
        call_id (str):
        status (CallStatus): Call status (the documented filter values).
        duration (int | Unset): Seconds since the call started.
        quality_score (float | Unset):
    """

    call_id: str
    status: CallStatus
    duration: int | Unset = UNSET
    quality_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        status = self.status.value

        duration = self.duration

        quality_score = self.quality_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "status": status,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            call_id = src_dict["call_id"]

            _field = "status"
            status = src_dict["status"]
            status = _call_status_member(status) or CallStatus(status)

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    duration = src_dict["duration"]
                    quality_score = src_dict["quality_score"]
                except KeyError:
                    _whole = False
            if not _whole:
                duration = src_dict.get("duration", UNSET)
                quality_score = src_dict.get("quality_score", UNSET)

            if _whole or len(src_dict) == 2 + (duration is not UNSET) + (quality_score is not UNSET):
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
        _model.status = status
        _model.duration = duration
        _model.quality_score = quality_score
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

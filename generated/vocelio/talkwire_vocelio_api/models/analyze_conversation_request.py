from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.analysis_type import AnalysisType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeConversationRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_analysis_type_member = AnalysisType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("call_id", "transcript", "analysis_types"))


@_attrs_define
class AnalyzeConversationRequest:
    """Which fields are required is not documented; `call_id` and `transcript` are taken as required.

    Attributes:
        call_id (str):
        transcript (str):
        analysis_types (list[AnalysisType | str] | Unset): The analyses to run, an open enum (docs/spec-conventions.md);
            the values the document shows are named in `AnalysisType`, and any other string is accepted, since the document
            does not close the list.
    """

    call_id: str
    transcript: str
    analysis_types: list[AnalysisType | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        transcript = self.transcript

        analysis_types: list[str] | Unset = UNSET
        if not isinstance(self.analysis_types, Unset):
            analysis_types = []
            for analysis_types_item_data in self.analysis_types:
                analysis_types_item: str
                if isinstance(analysis_types_item_data, AnalysisType):
                    analysis_types_item = analysis_types_item_data.value
                else:
                    analysis_types_item = analysis_types_item_data

                analysis_types.append(analysis_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "transcript": transcript,
            }
        )
        if analysis_types is not UNSET:
            field_dict["analysis_types"] = analysis_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            call_id = src_dict["call_id"]

            transcript = src_dict["transcript"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    analysis_types = src_dict["analysis_types"]
                except KeyError:
                    _whole = False
            if not _whole:
                analysis_types = src_dict.get("analysis_types", UNSET)
            if analysis_types is not UNSET:
                _field = "analysis_types"
                _items = []
                _read_item = _parse_analysis_types_item
                for _item in analysis_types:
                    _items.append(_read_item(_item))
                analysis_types = _items
                _items = None

            if _whole or len(src_dict) == 2 + (analysis_types is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.call_id = call_id
        _model.transcript = transcript
        _model.analysis_types = analysis_types
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


def _parse_analysis_types_item(data: Any) -> AnalysisType | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        value = _analysis_type_member(data) or AnalysisType(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AnalysisType | str, data)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_type import AnalysisType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeConversationRequest")


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
        d = dict(src_dict)
        call_id = d.pop("call_id")

        transcript = d.pop("transcript")

        _analysis_types = d.pop("analysis_types", UNSET)
        analysis_types: list[AnalysisType | str] | Unset = UNSET
        if _analysis_types is not UNSET:
            analysis_types = []
            for analysis_types_item_data in _analysis_types:

                def _parse_analysis_types_item(data: object) -> AnalysisType | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        analysis_types_item_type_0 = AnalysisType(data)

                        return analysis_types_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AnalysisType | str, data)

                analysis_types_item = _parse_analysis_types_item(analysis_types_item_data)

                analysis_types.append(analysis_types_item)

        _model = cls.__new__(cls)
        _model.call_id = call_id
        _model.transcript = transcript
        _model.analysis_types = analysis_types

        _model.additional_properties = d
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

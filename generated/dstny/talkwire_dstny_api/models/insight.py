from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Insight")


@_attrs_define
class Insight:
    """An insight/topic extracted from a conversation.

    Attributes:
        id (UUID):
        insight_type (str): Kind of insight, e.g. `kpi`. The full set of values is undocumented.
        insight_text (str):
        kpi_slug (None | str | Unset): KPI key, e.g. `sso`. Null for non-KPI insight types is inferred.
        kpi_label (None | str | Unset): KPI display label, e.g. `SSO`. Null for non-KPI insight types is inferred.
        impact (None | str | Unset): Impact, e.g. `high`. The full set of values is undocumented; null is inferred.
        start_time_seconds (float | None | Unset): Start of the evidence in the recording, in seconds. Null when not
            tied to a position is inferred.
        end_time_seconds (float | None | Unset): End of the evidence in the recording, in seconds. Null is inferred, as
            for the start.
        message_index (int | None | Unset): Index into the transcript's messages. Null is inferred, as for the times.
    """

    id: UUID
    insight_type: str
    insight_text: str
    kpi_slug: None | str | Unset = UNSET
    kpi_label: None | str | Unset = UNSET
    impact: None | str | Unset = UNSET
    start_time_seconds: float | None | Unset = UNSET
    end_time_seconds: float | None | Unset = UNSET
    message_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        insight_type = self.insight_type

        insight_text = self.insight_text

        kpi_slug: None | str | Unset
        if isinstance(self.kpi_slug, Unset):
            kpi_slug = UNSET
        else:
            kpi_slug = self.kpi_slug

        kpi_label: None | str | Unset
        if isinstance(self.kpi_label, Unset):
            kpi_label = UNSET
        else:
            kpi_label = self.kpi_label

        impact: None | str | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        else:
            impact = self.impact

        start_time_seconds: float | None | Unset
        if isinstance(self.start_time_seconds, Unset):
            start_time_seconds = UNSET
        else:
            start_time_seconds = self.start_time_seconds

        end_time_seconds: float | None | Unset
        if isinstance(self.end_time_seconds, Unset):
            end_time_seconds = UNSET
        else:
            end_time_seconds = self.end_time_seconds

        message_index: int | None | Unset
        if isinstance(self.message_index, Unset):
            message_index = UNSET
        else:
            message_index = self.message_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "insight_type": insight_type,
                "insight_text": insight_text,
            }
        )
        if kpi_slug is not UNSET:
            field_dict["kpi_slug"] = kpi_slug
        if kpi_label is not UNSET:
            field_dict["kpi_label"] = kpi_label
        if impact is not UNSET:
            field_dict["impact"] = impact
        if start_time_seconds is not UNSET:
            field_dict["start_time_seconds"] = start_time_seconds
        if end_time_seconds is not UNSET:
            field_dict["end_time_seconds"] = end_time_seconds
        if message_index is not UNSET:
            field_dict["message_index"] = message_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        insight_type = d.pop("insight_type")

        insight_text = d.pop("insight_text")

        def _parse_kpi_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kpi_slug = _parse_kpi_slug(d.pop("kpi_slug", UNSET))

        def _parse_kpi_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kpi_label = _parse_kpi_label(d.pop("kpi_label", UNSET))

        def _parse_impact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        impact = _parse_impact(d.pop("impact", UNSET))

        def _parse_start_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time_seconds = _parse_start_time_seconds(d.pop("start_time_seconds", UNSET))

        def _parse_end_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time_seconds = _parse_end_time_seconds(d.pop("end_time_seconds", UNSET))

        def _parse_message_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_index = _parse_message_index(d.pop("message_index", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.insight_type = insight_type
        _model.insight_text = insight_text
        _model.kpi_slug = kpi_slug
        _model.kpi_label = kpi_label
        _model.impact = impact
        _model.start_time_seconds = start_time_seconds
        _model.end_time_seconds = end_time_seconds
        _model.message_index = message_index

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Insight")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "insight_type",
        "insight_text",
        "kpi_slug",
        "kpi_label",
        "impact",
        "start_time_seconds",
        "end_time_seconds",
        "message_index",
    )
)


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
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            insight_type = src_dict["insight_type"]

            insight_text = src_dict["insight_text"]

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    kpi_slug = src_dict["kpi_slug"]
                    kpi_label = src_dict["kpi_label"]
                    impact = src_dict["impact"]
                    start_time_seconds = src_dict["start_time_seconds"]
                    end_time_seconds = src_dict["end_time_seconds"]
                    message_index = src_dict["message_index"]
                except KeyError:
                    _whole = False
            if not _whole:
                kpi_slug = src_dict.get("kpi_slug", UNSET)
                kpi_label = src_dict.get("kpi_label", UNSET)
                impact = src_dict.get("impact", UNSET)
                start_time_seconds = src_dict.get("start_time_seconds", UNSET)
                end_time_seconds = src_dict.get("end_time_seconds", UNSET)
                message_index = src_dict.get("message_index", UNSET)

            if _whole or len(src_dict) == 3 + (kpi_slug is not UNSET) + (kpi_label is not UNSET) + (
                impact is not UNSET
            ) + (start_time_seconds is not UNSET) + (end_time_seconds is not UNSET) + (message_index is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.insight_type = insight_type
        _model.insight_text = insight_text
        _model.kpi_slug = kpi_slug
        _model.kpi_label = kpi_label
        _model.impact = impact
        _model.start_time_seconds = start_time_seconds
        _model.end_time_seconds = end_time_seconds
        _model.message_index = message_index
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

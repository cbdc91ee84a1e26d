from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentStats")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("agent_id", "name", "calls", "success_rate", "conversion_rate", "performance_score"))


@_attrs_define
class AgentStats:
    """
    Attributes:
        agent_id (str):
        name (str | Unset):
        calls (int | Unset):
        success_rate (float | Unset): Percent.
        conversion_rate (float | Unset): Percent.
        performance_score (float | Unset): Performance score (4.8 in the example; scale not documented).
    """

    agent_id: str
    name: str | Unset = UNSET
    calls: int | Unset = UNSET
    success_rate: float | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    performance_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        name = self.name

        calls = self.calls

        success_rate = self.success_rate

        conversion_rate = self.conversion_rate

        performance_score = self.performance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if calls is not UNSET:
            field_dict["calls"] = calls
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if conversion_rate is not UNSET:
            field_dict["conversion_rate"] = conversion_rate
        if performance_score is not UNSET:
            field_dict["performance_score"] = performance_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            agent_id = src_dict["agent_id"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    name = src_dict["name"]
                    calls = src_dict["calls"]
                    success_rate = src_dict["success_rate"]
                    conversion_rate = src_dict["conversion_rate"]
                    performance_score = src_dict["performance_score"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                calls = src_dict.get("calls", UNSET)
                success_rate = src_dict.get("success_rate", UNSET)
                conversion_rate = src_dict.get("conversion_rate", UNSET)
                performance_score = src_dict.get("performance_score", UNSET)

            if _whole or len(src_dict) == 1 + (name is not UNSET) + (calls is not UNSET) + (
                success_rate is not UNSET
            ) + (conversion_rate is not UNSET) + (performance_score is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.agent_id = agent_id
        _model.name = name
        _model.calls = calls
        _model.success_rate = success_rate
        _model.conversion_rate = conversion_rate
        _model.performance_score = performance_score
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

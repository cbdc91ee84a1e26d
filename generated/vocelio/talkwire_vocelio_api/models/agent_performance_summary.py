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

T = TypeVar("T", bound="AgentPerformanceSummary")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("total_agents", "average_performance", "top_performer"))


@_attrs_define
class AgentPerformanceSummary:
    """
    Attributes:
        total_agents (int | Unset):
        average_performance (float | Unset):
        top_performer (str | Unset): Agent id of the best performer.
    """

    total_agents: int | Unset = UNSET
    average_performance: float | Unset = UNSET
    top_performer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_agents = self.total_agents

        average_performance = self.average_performance

        top_performer = self.top_performer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_agents is not UNSET:
            field_dict["total_agents"] = total_agents
        if average_performance is not UNSET:
            field_dict["average_performance"] = average_performance
        if top_performer is not UNSET:
            field_dict["top_performer"] = top_performer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    total_agents = src_dict["total_agents"]
                    average_performance = src_dict["average_performance"]
                    top_performer = src_dict["top_performer"]
                except KeyError:
                    _whole = False
            if not _whole:
                total_agents = src_dict.get("total_agents", UNSET)
                average_performance = src_dict.get("average_performance", UNSET)
                top_performer = src_dict.get("top_performer", UNSET)

            if _whole or len(src_dict) == (total_agents is not UNSET) + (average_performance is not UNSET) + (
                top_performer is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.total_agents = total_agents
        _model.average_performance = average_performance
        _model.top_performer = top_performer
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

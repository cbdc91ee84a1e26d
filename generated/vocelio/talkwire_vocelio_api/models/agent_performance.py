from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_performance_summary import AgentPerformanceSummary
    from ..models.agent_stats import AgentStats


T = TypeVar("T", bound="AgentPerformance")


@_attrs_define
class AgentPerformance:
    """
    Attributes:
        agents (list[AgentStats]):
        summary (AgentPerformanceSummary | Unset):
    """

    agents: list[AgentStats]
    summary: AgentPerformanceSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_performance_summary import AgentPerformanceSummary
        from ..models.agent_stats import AgentStats

        d = dict(src_dict)
        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:
            agents_item = AgentStats.from_dict(agents_item_data)

            agents.append(agents_item)

        _summary = d.pop("summary", UNSET)
        summary: AgentPerformanceSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = AgentPerformanceSummary.from_dict(_summary)

        _model = cls.__new__(cls)
        _model.agents = agents
        _model.summary = summary

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

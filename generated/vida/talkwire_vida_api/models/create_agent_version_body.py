from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_agent_version_body_source import CreateAgentVersionBodySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAgentVersionBody")


@_attrs_define
class CreateAgentVersionBody:
    """
    Attributes:
        title (str):  Example: Holiday-2025.
        source (CreateAgentVersionBodySource | Unset):  Default: CreateAgentVersionBodySource.STAGING.
    """

    title: str
    source: CreateAgentVersionBodySource | Unset = CreateAgentVersionBodySource.STAGING
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        _source = d.pop("source", UNSET)
        source: CreateAgentVersionBodySource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CreateAgentVersionBodySource(_source)

        _model = cls.__new__(cls)
        _model.title = title
        _model.source = source

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

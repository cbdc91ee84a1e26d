from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.create_agent_version_body_source import CreateAgentVersionBodySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAgentVersionBody")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_create_agent_version_body_source_member = CreateAgentVersionBodySource._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("title", "source"))


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
        _field: str | None = None
        try:
            title = src_dict["title"]

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    source = src_dict["source"]
                except KeyError:
                    _whole = False
            if not _whole:
                source = src_dict.get("source", UNSET)
            if source is not UNSET:
                _field = "source"
                source = _create_agent_version_body_source_member(source) or CreateAgentVersionBodySource(source)

            if _whole or len(src_dict) == 1 + (source is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.title = title
        _model.source = source
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

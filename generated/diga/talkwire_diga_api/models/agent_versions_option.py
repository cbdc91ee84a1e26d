from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_version_option import AgentVersionOption


T = TypeVar("T", bound="AgentVersionsOption")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("agent_id", "versions", "name"))


@_attrs_define
class AgentVersionsOption:
    """An agent with its versions, for a version picker. Vendor schema `AgentWithVersionsDropdownResponse`.

    Attributes:
        agent_id (UUID):
        versions (list[AgentVersionOption]):
        name (None | str | Unset):
    """

    agent_id: UUID
    versions: list[AgentVersionOption]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = str(self.agent_id)

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "versions": versions,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "agent_id"
            agent_id = _uuid_from_wire(src_dict["agent_id"])

            _field = "versions"
            _items = []
            _read_item = _models.AgentVersionOption.from_dict
            for _item in src_dict["versions"]:
                _items.append(_read_item(_item))
            versions = _items
            _items = None

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    name = src_dict["name"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)

            if _whole or len(src_dict) == 2 + (name is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.agent_id = agent_id
        _model.versions = versions
        _model.name = name
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

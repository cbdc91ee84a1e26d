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

T = TypeVar("T", bound="AgentIntegration")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("integration_id", "integration_name", "tool_ids", "requires_setup", "source_integration_template_id")
)


@_attrs_define
class AgentIntegration:
    """Tools of one integration assigned to an agent. Vendor schema `IntegrationToolsResponse`.

    Attributes:
        integration_id (UUID):
        integration_name (str):
        tool_ids (list[UUID]):
        requires_setup (bool | Unset):  Default: False.
        source_integration_template_id (None | Unset | UUID):
    """

    integration_id: UUID
    integration_name: str
    tool_ids: list[UUID]
    requires_setup: bool | Unset = False
    source_integration_template_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = str(self.integration_id)

        integration_name = self.integration_name

        tool_ids = []
        for tool_ids_item_data in self.tool_ids:
            tool_ids_item = str(tool_ids_item_data)
            tool_ids.append(tool_ids_item)

        requires_setup = self.requires_setup

        source_integration_template_id: None | str | Unset
        if isinstance(self.source_integration_template_id, Unset):
            source_integration_template_id = UNSET
        elif isinstance(self.source_integration_template_id, UUID):
            source_integration_template_id = str(self.source_integration_template_id)
        else:
            source_integration_template_id = self.source_integration_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "integration_name": integration_name,
                "tool_ids": tool_ids,
            }
        )
        if requires_setup is not UNSET:
            field_dict["requires_setup"] = requires_setup
        if source_integration_template_id is not UNSET:
            field_dict["source_integration_template_id"] = source_integration_template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "integration_id"
            integration_id = _uuid_from_wire(src_dict["integration_id"])

            integration_name = src_dict["integration_name"]

            _field = "tool_ids"
            _items = []
            _read_item = _uuid_from_wire
            for _item in src_dict["tool_ids"]:
                _items.append(_read_item(_item))
            tool_ids = _items
            _items = None

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    requires_setup = src_dict["requires_setup"]
                    source_integration_template_id = src_dict["source_integration_template_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                requires_setup = src_dict.get("requires_setup", UNSET)
                source_integration_template_id = src_dict.get("source_integration_template_id", UNSET)

            if source_integration_template_id is not UNSET and source_integration_template_id is not None:
                _field = "source_integration_template_id"
                source_integration_template_id = _uuid_from_wire(source_integration_template_id)

            if _whole or len(src_dict) == 3 + (requires_setup is not UNSET) + (
                source_integration_template_id is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.integration_id = integration_id
        _model.integration_name = integration_name
        _model.tool_ids = tool_ids
        _model.requires_setup = requires_setup
        _model.source_integration_template_id = source_integration_template_id
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

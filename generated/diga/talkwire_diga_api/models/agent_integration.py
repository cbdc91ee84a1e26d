from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentIntegration")


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
        d = dict(src_dict)
        integration_id = UUID(d.pop("integration_id"))

        integration_name = d.pop("integration_name")

        tool_ids = []
        _tool_ids = d.pop("tool_ids")
        for tool_ids_item_data in _tool_ids:
            tool_ids_item = UUID(tool_ids_item_data)

            tool_ids.append(tool_ids_item)

        requires_setup = d.pop("requires_setup", UNSET)

        def _parse_source_integration_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_integration_template_id_type_0 = UUID(data)

                return source_integration_template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        source_integration_template_id = _parse_source_integration_template_id(
            d.pop("source_integration_template_id", UNSET)
        )

        _model = cls.__new__(cls)
        _model.integration_id = integration_id
        _model.integration_name = integration_name
        _model.tool_ids = tool_ids
        _model.requires_setup = requires_setup
        _model.source_integration_template_id = source_integration_template_id

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

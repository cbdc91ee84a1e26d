from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentFlow")


@_attrs_define
class AgentFlow:
    """A workflow assigned to an agent. Vendor schema `FlowInfoResponse`.

    Attributes:
        id (str):
        name (None | str | Unset):
        requires_setup (bool | Unset):  Default: False.
        source_flow_template_id (None | Unset | UUID):
        status (FlowStatus | None | Unset):
        produced_variables (list[str] | Unset): Variables the flow produces.
        consumed_variables (list[str] | Unset): Variables the flow consumes.
    """

    id: str
    name: None | str | Unset = UNSET
    requires_setup: bool | Unset = False
    source_flow_template_id: None | Unset | UUID = UNSET
    status: FlowStatus | None | Unset = UNSET
    produced_variables: list[str] | Unset = UNSET
    consumed_variables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        requires_setup = self.requires_setup

        source_flow_template_id: None | str | Unset
        if isinstance(self.source_flow_template_id, Unset):
            source_flow_template_id = UNSET
        elif isinstance(self.source_flow_template_id, UUID):
            source_flow_template_id = str(self.source_flow_template_id)
        else:
            source_flow_template_id = self.source_flow_template_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FlowStatus):
            status = self.status.value
        else:
            status = self.status

        produced_variables: list[str] | Unset = UNSET
        if not isinstance(self.produced_variables, Unset):
            produced_variables = self.produced_variables

        consumed_variables: list[str] | Unset = UNSET
        if not isinstance(self.consumed_variables, Unset):
            consumed_variables = self.consumed_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if requires_setup is not UNSET:
            field_dict["requires_setup"] = requires_setup
        if source_flow_template_id is not UNSET:
            field_dict["source_flow_template_id"] = source_flow_template_id
        if status is not UNSET:
            field_dict["status"] = status
        if produced_variables is not UNSET:
            field_dict["produced_variables"] = produced_variables
        if consumed_variables is not UNSET:
            field_dict["consumed_variables"] = consumed_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        requires_setup = d.pop("requires_setup", UNSET)

        def _parse_source_flow_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_flow_template_id_type_0 = UUID(data)

                return source_flow_template_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        source_flow_template_id = _parse_source_flow_template_id(d.pop("source_flow_template_id", UNSET))

        def _parse_status(data: object) -> FlowStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FlowStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowStatus | None")

        status = _parse_status(d.pop("status", UNSET))

        produced_variables = cast(list[str], d.pop("produced_variables", UNSET))

        consumed_variables = cast(list[str], d.pop("consumed_variables", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.requires_setup = requires_setup
        _model.source_flow_template_id = source_flow_template_id
        _model.status = status
        _model.produced_variables = produced_variables
        _model.consumed_variables = consumed_variables

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

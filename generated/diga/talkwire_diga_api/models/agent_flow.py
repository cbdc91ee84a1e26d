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
from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentFlow")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_status_member = FlowStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("id", "name", "requires_setup", "source_flow_template_id", "status", "produced_variables", "consumed_variables")
)


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
        _field: str | None = None
        try:
            id = src_dict["id"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    name = src_dict["name"]
                    requires_setup = src_dict["requires_setup"]
                    source_flow_template_id = src_dict["source_flow_template_id"]
                    status = src_dict["status"]
                    produced_variables = src_dict["produced_variables"]
                    consumed_variables = src_dict["consumed_variables"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                requires_setup = src_dict.get("requires_setup", UNSET)
                source_flow_template_id = src_dict.get("source_flow_template_id", UNSET)
                status = src_dict.get("status", UNSET)
                produced_variables = src_dict.get("produced_variables", UNSET)
                consumed_variables = src_dict.get("consumed_variables", UNSET)

            if source_flow_template_id is not UNSET and source_flow_template_id is not None:
                _field = "source_flow_template_id"
                source_flow_template_id = _uuid_from_wire(source_flow_template_id)

            if status is not UNSET and status is not None:
                _field = "status"
                status = _flow_status_member(status) or FlowStatus(status)

            if _whole or len(src_dict) == 1 + (name is not UNSET) + (requires_setup is not UNSET) + (
                source_flow_template_id is not UNSET
            ) + (status is not UNSET) + (produced_variables is not UNSET) + (consumed_variables is not UNSET):
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
        _model.name = name
        _model.requires_setup = requires_setup
        _model.source_flow_template_id = source_flow_template_id
        _model.status = status
        _model.produced_variables = produced_variables
        _model.consumed_variables = consumed_variables
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

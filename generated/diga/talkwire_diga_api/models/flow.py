from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..models.flow_category import FlowCategory
from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_trigger import FlowTrigger


T = TypeVar("T", bound="Flow")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_status_member = FlowStatus._value2member_map_.get
_flow_category_member = FlowCategory._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "created",
        "updated",
        "name",
        "status",
        "flow_category",
        "trigger",
        "produced_variables",
        "consumed_variables",
    )
)


@_attrs_define
class Flow:
    """A flow (workflow). Vendor schema `FlowAllResponse`.

    Attributes:
        id (str):
        created (datetime.datetime):
        updated (datetime.datetime):
        name (None | str | Unset):
        status (FlowStatus | None | Unset):
        flow_category (FlowCategory | None | Unset):
        trigger (FlowTrigger | None | Unset): The flow's trigger and, through `nextAction`, its steps.
        produced_variables (list[str] | Unset): Variables the flow produces.
        consumed_variables (list[str] | Unset): Variables the flow consumes.
    """

    id: str
    created: datetime.datetime
    updated: datetime.datetime
    name: None | str | Unset = UNSET
    status: FlowStatus | None | Unset = UNSET
    flow_category: FlowCategory | None | Unset = UNSET
    trigger: FlowTrigger | None | Unset = UNSET
    produced_variables: list[str] | Unset = UNSET
    consumed_variables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_trigger import FlowTrigger

        id = self.id

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FlowStatus):
            status = self.status.value
        else:
            status = self.status

        flow_category: None | str | Unset
        if isinstance(self.flow_category, Unset):
            flow_category = UNSET
        elif isinstance(self.flow_category, FlowCategory):
            flow_category = self.flow_category.value
        else:
            flow_category = self.flow_category

        trigger: dict[str, Any] | None | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, FlowTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

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
                "created": created,
                "updated": updated,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if flow_category is not UNSET:
            field_dict["flow_category"] = flow_category
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
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

            _field = "created"
            try:
                created = _fromisoformat(src_dict["created"])
            except ValueError:
                created = _datetime_fallback(src_dict["created"])

            _field = "updated"
            try:
                updated = _fromisoformat(src_dict["updated"])
            except ValueError:
                updated = _datetime_fallback(src_dict["updated"])

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    name = src_dict["name"]
                    status = src_dict["status"]
                    flow_category = src_dict["flow_category"]
                    trigger = src_dict["trigger"]
                    produced_variables = src_dict["produced_variables"]
                    consumed_variables = src_dict["consumed_variables"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                status = src_dict.get("status", UNSET)
                flow_category = src_dict.get("flow_category", UNSET)
                trigger = src_dict.get("trigger", UNSET)
                produced_variables = src_dict.get("produced_variables", UNSET)
                consumed_variables = src_dict.get("consumed_variables", UNSET)

            if status is not UNSET and status is not None:
                _field = "status"
                status = _flow_status_member(status) or FlowStatus(status)

            if flow_category is not UNSET and flow_category is not None:
                _field = "flow_category"
                flow_category = _flow_category_member(flow_category) or FlowCategory(flow_category)

            if trigger is not UNSET and trigger is not None:
                _field = "trigger"
                trigger = _models.FlowTrigger.from_dict(trigger)

            if _whole or len(src_dict) == 3 + (name is not UNSET) + (status is not UNSET) + (
                flow_category is not UNSET
            ) + (trigger is not UNSET) + (produced_variables is not UNSET) + (consumed_variables is not UNSET):
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
        _model.created = created
        _model.updated = updated
        _model.name = name
        _model.status = status
        _model.flow_category = flow_category
        _model.trigger = trigger
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

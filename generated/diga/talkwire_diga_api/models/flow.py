from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_category import FlowCategory
from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_trigger import FlowTrigger


T = TypeVar("T", bound="Flow")


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
        from ..models.flow_trigger import FlowTrigger

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_flow_category(data: object) -> FlowCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                flow_category_type_0 = FlowCategory(data)

                return flow_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowCategory | None")

        flow_category = _parse_flow_category(d.pop("flow_category", UNSET))

        def _parse_trigger(data: object) -> FlowTrigger | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = FlowTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FlowTrigger | None")

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        produced_variables = cast(list[str], d.pop("produced_variables", UNSET))

        consumed_variables = cast(list[str], d.pop("consumed_variables", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.created = created
        _model.updated = updated
        _model.name = name
        _model.status = status
        _model.flow_category = flow_category
        _model.trigger = trigger
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

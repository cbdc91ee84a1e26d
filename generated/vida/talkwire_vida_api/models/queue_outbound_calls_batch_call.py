from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_outbound_calls_batch_call_meta import QueueOutboundCallsBatchCallMeta
    from ..models.queue_outbound_calls_batch_call_target import QueueOutboundCallsBatchCallTarget


T = TypeVar("T", bound="QueueOutboundCallsBatchCall")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "targets",
        "context",
        "taskContext",
        "greeting",
        "waitToGreet",
        "agentId",
        "scheduledFor",
        "scheduleSpacingSec",
        "meta",
        "externalTaskId",
    )
)


@_attrs_define
class QueueOutboundCallsBatchCall:
    """
    Attributes:
        targets (list[QueueOutboundCallsBatchCallTarget] | list[str]): Array of destinations or objects with per-item
            options
        context (str | Unset): Context applied to all items when targets is an array of strings
        task_context (str | Unset): Task-specific context applied to all items when targets is an array of strings
        greeting (str | Unset): Greeting applied to all items when targets is an array of strings
        wait_to_greet (bool | Unset): Delay greeting until caller speaks for all items when targets is an array of
            strings
        agent_id (int | Unset): Agent id applied to all items when not provided per item
        scheduled_for (int | Unset): Schedule applied to all items when not provided per item
        schedule_spacing_sec (int | Unset): If provided, stagger scheduledFor by this many seconds per index Example:
            30.
        meta (QueueOutboundCallsBatchCallMeta | Unset): Metadata applied to all items when not provided per item
        external_task_id (str | Unset): Identifier applied to all created tasks
    """

    targets: list[QueueOutboundCallsBatchCallTarget] | list[str]
    context: str | Unset = UNSET
    task_context: str | Unset = UNSET
    greeting: str | Unset = UNSET
    wait_to_greet: bool | Unset = UNSET
    agent_id: int | Unset = UNSET
    scheduled_for: int | Unset = UNSET
    schedule_spacing_sec: int | Unset = UNSET
    meta: QueueOutboundCallsBatchCallMeta | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targets: list[dict[str, Any]] | list[str]
        if isinstance(self.targets, list):
            targets = self.targets

        else:
            targets = []
            for targets_type_1_item_data in self.targets:
                targets_type_1_item = targets_type_1_item_data.to_dict()
                targets.append(targets_type_1_item)

        context = self.context

        task_context = self.task_context

        greeting = self.greeting

        wait_to_greet = self.wait_to_greet

        agent_id = self.agent_id

        scheduled_for = self.scheduled_for

        schedule_spacing_sec = self.schedule_spacing_sec

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targets": targets,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if task_context is not UNSET:
            field_dict["taskContext"] = task_context
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if wait_to_greet is not UNSET:
            field_dict["waitToGreet"] = wait_to_greet
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if schedule_spacing_sec is not UNSET:
            field_dict["scheduleSpacingSec"] = schedule_spacing_sec
        if meta is not UNSET:
            field_dict["meta"] = meta
        if external_task_id is not UNSET:
            field_dict["externalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "targets"
            targets = _parse_targets(src_dict["targets"])

            _whole = len(src_dict) == 10
            if _whole:
                try:
                    context = src_dict["context"]
                    task_context = src_dict["taskContext"]
                    greeting = src_dict["greeting"]
                    wait_to_greet = src_dict["waitToGreet"]
                    agent_id = src_dict["agentId"]
                    scheduled_for = src_dict["scheduledFor"]
                    schedule_spacing_sec = src_dict["scheduleSpacingSec"]
                    meta = src_dict["meta"]
                    external_task_id = src_dict["externalTaskId"]
                except KeyError:
                    _whole = False
            if not _whole:
                context = src_dict.get("context", UNSET)
                task_context = src_dict.get("taskContext", UNSET)
                greeting = src_dict.get("greeting", UNSET)
                wait_to_greet = src_dict.get("waitToGreet", UNSET)
                agent_id = src_dict.get("agentId", UNSET)
                scheduled_for = src_dict.get("scheduledFor", UNSET)
                schedule_spacing_sec = src_dict.get("scheduleSpacingSec", UNSET)
                meta = src_dict.get("meta", UNSET)
                external_task_id = src_dict.get("externalTaskId", UNSET)

            if meta is not UNSET:
                _field = "meta"
                meta = _models.QueueOutboundCallsBatchCallMeta.from_dict(meta)

            if _whole or len(src_dict) == 1 + (context is not UNSET) + (task_context is not UNSET) + (
                greeting is not UNSET
            ) + (wait_to_greet is not UNSET) + (agent_id is not UNSET) + (scheduled_for is not UNSET) + (
                schedule_spacing_sec is not UNSET
            ) + (meta is not UNSET) + (external_task_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.targets = targets
        _model.context = context
        _model.task_context = task_context
        _model.greeting = greeting
        _model.wait_to_greet = wait_to_greet
        _model.agent_id = agent_id
        _model.scheduled_for = scheduled_for
        _model.schedule_spacing_sec = schedule_spacing_sec
        _model.meta = meta
        _model.external_task_id = external_task_id
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


def _parse_targets(data: Any) -> list[QueueOutboundCallsBatchCallTarget] | list[str]:
    try:
        if not isinstance(data, list):
            raise TypeError()
        value = data

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        _items = []
        _read_item = _models.QueueOutboundCallsBatchCallTarget.from_dict
        for _item in data:
            _items.append(_read_item(_item))
        value = _items
        _items = None

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(data, "list[QueueOutboundCallsBatchCallTarget] | list[str]")

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_outbound_calls_batch_call_target_meta import QueueOutboundCallsBatchCallTargetMeta


T = TypeVar("T", bound="QueueOutboundCallsBatchCallTarget")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("target", "context", "taskContext", "agentId", "scheduledFor", "greeting", "waitToGreet", "meta", "externalTaskId")
)


@_attrs_define
class QueueOutboundCallsBatchCallTarget:
    """
    Attributes:
        target (str):  Example: +1234567890.
        context (str | Unset):
        task_context (str | Unset):
        agent_id (int | Unset):
        scheduled_for (int | Unset):
        greeting (str | Unset):
        wait_to_greet (bool | Unset):
        meta (QueueOutboundCallsBatchCallTargetMeta | Unset):
        external_task_id (str | Unset): Identifier applied to this task
    """

    target: str
    context: str | Unset = UNSET
    task_context: str | Unset = UNSET
    agent_id: int | Unset = UNSET
    scheduled_for: int | Unset = UNSET
    greeting: str | Unset = UNSET
    wait_to_greet: bool | Unset = UNSET
    meta: QueueOutboundCallsBatchCallTargetMeta | Unset = UNSET
    external_task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        context = self.context

        task_context = self.task_context

        agent_id = self.agent_id

        scheduled_for = self.scheduled_for

        greeting = self.greeting

        wait_to_greet = self.wait_to_greet

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        external_task_id = self.external_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if task_context is not UNSET:
            field_dict["taskContext"] = task_context
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if wait_to_greet is not UNSET:
            field_dict["waitToGreet"] = wait_to_greet
        if meta is not UNSET:
            field_dict["meta"] = meta
        if external_task_id is not UNSET:
            field_dict["externalTaskId"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            target = src_dict["target"]

            _whole = len(src_dict) == 9
            if _whole:
                try:
                    context = src_dict["context"]
                    task_context = src_dict["taskContext"]
                    agent_id = src_dict["agentId"]
                    scheduled_for = src_dict["scheduledFor"]
                    greeting = src_dict["greeting"]
                    wait_to_greet = src_dict["waitToGreet"]
                    meta = src_dict["meta"]
                    external_task_id = src_dict["externalTaskId"]
                except KeyError:
                    _whole = False
            if not _whole:
                context = src_dict.get("context", UNSET)
                task_context = src_dict.get("taskContext", UNSET)
                agent_id = src_dict.get("agentId", UNSET)
                scheduled_for = src_dict.get("scheduledFor", UNSET)
                greeting = src_dict.get("greeting", UNSET)
                wait_to_greet = src_dict.get("waitToGreet", UNSET)
                meta = src_dict.get("meta", UNSET)
                external_task_id = src_dict.get("externalTaskId", UNSET)

            if meta is not UNSET:
                _field = "meta"
                meta = _models.QueueOutboundCallsBatchCallTargetMeta.from_dict(meta)

            if _whole or len(src_dict) == 1 + (context is not UNSET) + (task_context is not UNSET) + (
                agent_id is not UNSET
            ) + (scheduled_for is not UNSET) + (greeting is not UNSET) + (wait_to_greet is not UNSET) + (
                meta is not UNSET
            ) + (external_task_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.target = target
        _model.context = context
        _model.task_context = task_context
        _model.agent_id = agent_id
        _model.scheduled_for = scheduled_for
        _model.greeting = greeting
        _model.wait_to_greet = wait_to_greet
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

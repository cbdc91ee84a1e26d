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
    _not_valid,
)
from ..models.flow_run_status import FlowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_flow_step import FailedFlowStep
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowRunDetail")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_run_status_member = FlowRunStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "flowId",
        "status",
        "created",
        "updated",
        "flowDisplayName",
        "startTime",
        "finishTime",
        "duration",
        "stepsCount",
        "tags",
        "failedStep",
        "steps",
    )
)


@_attrs_define
class FlowRunDetail:
    """A flow run with its step results. Vendor schema `FlowRunDetailResponse`.

    Attributes:
        id (str):
        flow_id (str):
        status (FlowRunStatus): Status of a flow run.
        created (datetime.datetime):
        updated (datetime.datetime):
        flow_display_name (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
        duration (int | None | Unset): Run duration (unit not documented).
        steps_count (int | None | Unset):
        tags (list[str] | None | Unset):
        failed_step (FailedFlowStep | None | Unset):
        steps (JsonObject | None | Unset): Per-step results.
    """

    id: str
    flow_id: str
    status: FlowRunStatus
    created: datetime.datetime
    updated: datetime.datetime
    flow_display_name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    steps_count: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    failed_step: FailedFlowStep | None | Unset = UNSET
    steps: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.failed_flow_step import FailedFlowStep
        from ..models.json_object import JsonObject

        id = self.id

        flow_id = self.flow_id

        status = self.status.value

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        flow_display_name: None | str | Unset
        if isinstance(self.flow_display_name, Unset):
            flow_display_name = UNSET
        else:
            flow_display_name = self.flow_display_name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        finish_time: None | str | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        elif isinstance(self.finish_time, datetime.datetime):
            finish_time = self.finish_time.isoformat()
        else:
            finish_time = self.finish_time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        steps_count: int | None | Unset
        if isinstance(self.steps_count, Unset):
            steps_count = UNSET
        else:
            steps_count = self.steps_count

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        failed_step: dict[str, Any] | None | Unset
        if isinstance(self.failed_step, Unset):
            failed_step = UNSET
        elif isinstance(self.failed_step, FailedFlowStep):
            failed_step = self.failed_step.to_dict()
        else:
            failed_step = self.failed_step

        steps: dict[str, Any] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, JsonObject):
            steps = self.steps.to_dict()
        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "flowId": flow_id,
                "status": status,
                "created": created,
                "updated": updated,
            }
        )
        if flow_display_name is not UNSET:
            field_dict["flowDisplayName"] = flow_display_name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if steps_count is not UNSET:
            field_dict["stepsCount"] = steps_count
        if tags is not UNSET:
            field_dict["tags"] = tags
        if failed_step is not UNSET:
            field_dict["failedStep"] = failed_step
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            id = src_dict["id"]

            flow_id = src_dict["flowId"]

            _field = "status"
            status = src_dict["status"]
            status = _flow_run_status_member(status) or FlowRunStatus(status)

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

            _whole = len(src_dict) == 13
            if _whole:
                try:
                    flow_display_name = src_dict["flowDisplayName"]
                    start_time = src_dict["startTime"]
                    finish_time = src_dict["finishTime"]
                    duration = src_dict["duration"]
                    steps_count = src_dict["stepsCount"]
                    tags = src_dict["tags"]
                    failed_step = src_dict["failedStep"]
                    steps = src_dict["steps"]
                except KeyError:
                    _whole = False
            if not _whole:
                flow_display_name = src_dict.get("flowDisplayName", UNSET)
                start_time = src_dict.get("startTime", UNSET)
                finish_time = src_dict.get("finishTime", UNSET)
                duration = src_dict.get("duration", UNSET)
                steps_count = src_dict.get("stepsCount", UNSET)
                tags = src_dict.get("tags", UNSET)
                failed_step = src_dict.get("failedStep", UNSET)
                steps = src_dict.get("steps", UNSET)

            if start_time is not UNSET and start_time is not None:
                _field = "startTime"
                try:
                    start_time = _fromisoformat(start_time)
                except ValueError:
                    start_time = _datetime_fallback(start_time)

            if finish_time is not UNSET and finish_time is not None:
                _field = "finishTime"
                try:
                    finish_time = _fromisoformat(finish_time)
                except ValueError:
                    finish_time = _datetime_fallback(finish_time)

            if tags is not UNSET and tags is not None:
                _field = "tags"
                if not isinstance(tags, list):
                    _not_valid(tags, "list[str] | None")

            if failed_step is not UNSET and failed_step is not None:
                _field = "failedStep"
                failed_step = _models.FailedFlowStep.from_dict(failed_step)

            if steps is not UNSET and steps is not None:
                _field = "steps"
                steps = _models.JsonObject.from_dict(steps)

            if _whole or len(src_dict) == 5 + (flow_display_name is not UNSET) + (start_time is not UNSET) + (
                finish_time is not UNSET
            ) + (duration is not UNSET) + (steps_count is not UNSET) + (tags is not UNSET) + (
                failed_step is not UNSET
            ) + (steps is not UNSET):
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
        _model.flow_id = flow_id
        _model.status = status
        _model.created = created
        _model.updated = updated
        _model.flow_display_name = flow_display_name
        _model.start_time = start_time
        _model.finish_time = finish_time
        _model.duration = duration
        _model.steps_count = steps_count
        _model.tags = tags
        _model.failed_step = failed_step
        _model.steps = steps
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

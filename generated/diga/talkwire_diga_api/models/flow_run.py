from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_run_status import FlowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_flow_step import FailedFlowStep


T = TypeVar("T", bound="FlowRun")


@_attrs_define
class FlowRun:
    """A flow run (execution). Vendor schema `FlowRunResponse`.

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.failed_flow_step import FailedFlowStep

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_flow_step import FailedFlowStep

        d = dict(src_dict)
        id = d.pop("id")

        flow_id = d.pop("flowId")

        status = FlowRunStatus(d.pop("status"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        def _parse_flow_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_display_name = _parse_flow_display_name(d.pop("flowDisplayName", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_finish_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_time_type_0 = datetime.datetime.fromisoformat(data)

                return finish_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        finish_time = _parse_finish_time(d.pop("finishTime", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_steps_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps_count = _parse_steps_count(d.pop("stepsCount", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_failed_step(data: object) -> FailedFlowStep | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                failed_step_type_0 = FailedFlowStep.from_dict(data)

                return failed_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid FailedFlowStep | None")

        failed_step = _parse_failed_step(d.pop("failedStep", UNSET))

        _model = cls.__new__(cls)
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

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
from ..models.flow_run_status import FlowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowTestResult")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_flow_run_status_member = FlowRunStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "runId", "status", "duration", "steps"))


@_attrs_define
class FlowTestResult:
    """Result of a whole-flow test. Vendor schema `FlowTestResponse`.

    Attributes:
        success (bool): Whether the test succeeded.
        run_id (str):
        status (FlowRunStatus): Status of a flow run.
        duration (int | None | Unset): Run duration (unit not documented).
        steps (JsonObject | None | Unset): Per-step results.
    """

    success: bool
    run_id: str
    status: FlowRunStatus
    duration: int | None | Unset = UNSET
    steps: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        success = self.success

        run_id = self.run_id

        status = self.status.value

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

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
                "success": success,
                "runId": run_id,
                "status": status,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            success = src_dict["success"]

            run_id = src_dict["runId"]

            _field = "status"
            status = src_dict["status"]
            status = _flow_run_status_member(status) or FlowRunStatus(status)

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    duration = src_dict["duration"]
                    steps = src_dict["steps"]
                except KeyError:
                    _whole = False
            if not _whole:
                duration = src_dict.get("duration", UNSET)
                steps = src_dict.get("steps", UNSET)

            if steps is not UNSET and steps is not None:
                _field = "steps"
                steps = _models.JsonObject.from_dict(steps)

            if _whole or len(src_dict) == 3 + (duration is not UNSET) + (steps is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.run_id = run_id
        _model.status = status
        _model.duration = duration
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

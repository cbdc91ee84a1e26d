from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_run_status import FlowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FlowTestResult")


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
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        success = d.pop("success")

        run_id = d.pop("runId")

        status = FlowRunStatus(d.pop("status"))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_steps(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                steps_type_0 = JsonObject.from_dict(data)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        steps = _parse_steps(d.pop("steps", UNSET))

        _model = cls.__new__(cls)
        _model.success = success
        _model.run_id = run_id
        _model.status = status
        _model.duration = duration
        _model.steps = steps

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

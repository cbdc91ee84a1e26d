from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tasks_response_200_tasks_item import ListTasksResponse200TasksItem


T = TypeVar("T", bound="ListTasksResponse200")


@_attrs_define
class ListTasksResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        total (float | Unset):  Example: 123.
        tasks (list[ListTasksResponse200TasksItem] | Unset):
    """

    success: bool | Unset = UNSET
    total: float | Unset = UNSET
    tasks: list[ListTasksResponse200TasksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        total = self.total

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if total is not UNSET:
            field_dict["total"] = total
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_tasks_response_200_tasks_item import ListTasksResponse200TasksItem

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        total = d.pop("total", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ListTasksResponse200TasksItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ListTasksResponse200TasksItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _model = cls.__new__(cls)
        _model.success = success
        _model.total = total
        _model.tasks = tasks

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

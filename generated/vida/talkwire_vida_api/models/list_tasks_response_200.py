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
    from ..models.list_tasks_response_200_tasks_item import ListTasksResponse200TasksItem


T = TypeVar("T", bound="ListTasksResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "total", "tasks"))


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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    success = src_dict["success"]
                    total = src_dict["total"]
                    tasks = src_dict["tasks"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                total = src_dict.get("total", UNSET)
                tasks = src_dict.get("tasks", UNSET)

            if tasks is not UNSET:
                _field = "tasks"
                _items = []
                _read_item = _models.ListTasksResponse200TasksItem.from_dict
                for _item in tasks:
                    _items.append(_read_item(_item))
                tasks = _items
                _items = None

            if _whole or len(src_dict) == (success is not UNSET) + (total is not UNSET) + (tasks is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.total = total
        _model.tasks = tasks
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

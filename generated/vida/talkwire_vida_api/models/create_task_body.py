from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskBody")


@_attrs_define
class CreateTaskBody:
    """
    Attributes:
        type_ (str):  Example: call.
        target (str | Unset):  Example: +15551234567.
        context (str | Unset):  Example: Follow-up call.
        greeting (str | Unset):  Example: Hello from a task.
        wait_to_greet (bool | Unset):  Example: True.
        scheduled_for (int | Unset):  Example: 1712350000.
    """

    type_: str
    target: str | Unset = UNSET
    context: str | Unset = UNSET
    greeting: str | Unset = UNSET
    wait_to_greet: bool | Unset = UNSET
    scheduled_for: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        target = self.target

        context = self.context

        greeting = self.greeting

        wait_to_greet = self.wait_to_greet

        scheduled_for = self.scheduled_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if context is not UNSET:
            field_dict["context"] = context
        if greeting is not UNSET:
            field_dict["greeting"] = greeting
        if wait_to_greet is not UNSET:
            field_dict["waitToGreet"] = wait_to_greet
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        target = d.pop("target", UNSET)

        context = d.pop("context", UNSET)

        greeting = d.pop("greeting", UNSET)

        wait_to_greet = d.pop("waitToGreet", UNSET)

        scheduled_for = d.pop("scheduledFor", UNSET)

        _model = cls.__new__(cls)
        _model.type_ = type_
        _model.target = target
        _model.context = context
        _model.greeting = greeting
        _model.wait_to_greet = wait_to_greet
        _model.scheduled_for = scheduled_for

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

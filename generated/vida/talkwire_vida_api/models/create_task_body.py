from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("type", "target", "context", "greeting", "waitToGreet", "scheduledFor"))


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
        _field: str | None = None
        try:
            type_ = src_dict["type"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    target = src_dict["target"]
                    context = src_dict["context"]
                    greeting = src_dict["greeting"]
                    wait_to_greet = src_dict["waitToGreet"]
                    scheduled_for = src_dict["scheduledFor"]
                except KeyError:
                    _whole = False
            if not _whole:
                target = src_dict.get("target", UNSET)
                context = src_dict.get("context", UNSET)
                greeting = src_dict.get("greeting", UNSET)
                wait_to_greet = src_dict.get("waitToGreet", UNSET)
                scheduled_for = src_dict.get("scheduledFor", UNSET)

            if _whole or len(src_dict) == 1 + (target is not UNSET) + (context is not UNSET) + (
                greeting is not UNSET
            ) + (wait_to_greet is not UNSET) + (scheduled_for is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.type_ = type_
        _model.target = target
        _model.context = context
        _model.greeting = greeting
        _model.wait_to_greet = wait_to_greet
        _model.scheduled_for = scheduled_for
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

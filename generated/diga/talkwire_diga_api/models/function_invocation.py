from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..models.tool_invocation_status import ToolInvocationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="FunctionInvocation")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_tool_invocation_status_member = ToolInvocationStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("function_name", "payload", "status", "type"))


@_attrs_define
class FunctionInvocation:
    """Invocation of an integration (function) tool, recorded on a `tool` message. Vendor schema `FunctionSchema`.

    Attributes:
        function_name (str): Name of the integration tool.
        payload (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
        status (ToolInvocationStatus): Outcome of a tool invocation. The vendor's prose also mentions `started`, which
            its enum does not include.
        type_ (Literal['function'] | Unset): Always `function`. Default: 'function'.
    """

    function_name: str
    payload: JsonObject
    status: ToolInvocationStatus
    type_: Literal["function"] | Unset = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_name = self.function_name

        payload = self.payload.to_dict()

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function_name": function_name,
                "payload": payload,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            function_name = src_dict["function_name"]

            _field = "payload"
            payload = _models.JsonObject.from_dict(src_dict["payload"])

            _field = "status"
            status = src_dict["status"]
            status = _tool_invocation_status_member(status) or ToolInvocationStatus(status)

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    type_ = src_dict["type"]
                except KeyError:
                    _whole = False
            if not _whole:
                type_ = src_dict.get("type", UNSET)
            _field = "type"
            type_ = cast(Literal["function"] | Unset, type_)
            if type_ != "function" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'function', got '{type_}'")

            if _whole or len(src_dict) == 3 + (type_ is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.function_name = function_name
        _model.payload = payload
        _model.status = status
        _model.type_ = type_
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

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
from ..models.call_tool_name import CallToolName
from ..models.tool_invocation_status import ToolInvocationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CallToolInvocation")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_call_tool_name_member = CallToolName._value2member_map_.get
_tool_invocation_status_member = ToolInvocationStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("tool_name", "payload", "status", "type"))


@_attrs_define
class CallToolInvocation:
    """Invocation of a built-in call tool (transfer, hang-up...), recorded on a `tool` message. Vendor schema
    `CallToolSchema`.

        Attributes:
            tool_name (CallToolName): Built-in call tool that was invoked (the vendor's prose lists three of these four).
            payload (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
                templates, JSON Schemas...). Every key is kept.
            status (ToolInvocationStatus): Outcome of a tool invocation. The vendor's prose also mentions `started`, which
                its enum does not include.
            type_ (Literal['call_tool'] | Unset): Always `call_tool`. Default: 'call_tool'.
    """

    tool_name: CallToolName
    payload: JsonObject
    status: ToolInvocationStatus
    type_: Literal["call_tool"] | Unset = "call_tool"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name.value

        payload = self.payload.to_dict()

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
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
            _field = "tool_name"
            tool_name = src_dict["tool_name"]
            tool_name = _call_tool_name_member(tool_name) or CallToolName(tool_name)

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
            type_ = cast(Literal["call_tool"] | Unset, type_)
            if type_ != "call_tool" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'call_tool', got '{type_}'")

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
        _model.tool_name = tool_name
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

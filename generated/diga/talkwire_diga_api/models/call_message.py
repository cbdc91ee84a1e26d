from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_tool_invocation import CallToolInvocation
    from ..models.function_invocation import FunctionInvocation


T = TypeVar("T", bound="CallMessage")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_message_role_member = MessageRole._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "created_date", "role", "content", "tool_call"))


@_attrs_define
class CallMessage:
    """One message of a call transcript. Vendor schema `MessageResponse`.

    Attributes:
        id (UUID):
        created_date (datetime.datetime): When the message was said.
        role (MessageRole): Speaker of a transcript message.
        content (None | str | Unset): Text of the message.
        tool_call (CallToolInvocation | FunctionInvocation | None | Unset): Set on tool messages; variant told apart by
            its `type` (`function`/`call_tool`); no discriminator declared.
    """

    id: UUID
    created_date: datetime.datetime
    role: MessageRole
    content: None | str | Unset = UNSET
    tool_call: CallToolInvocation | FunctionInvocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_tool_invocation import CallToolInvocation
        from ..models.function_invocation import FunctionInvocation

        id = str(self.id)

        created_date = self.created_date.isoformat()

        role = self.role.value

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tool_call: dict[str, Any] | None | Unset
        if isinstance(self.tool_call, Unset):
            tool_call = UNSET
        elif isinstance(self.tool_call, FunctionInvocation) or isinstance(self.tool_call, CallToolInvocation):
            tool_call = self.tool_call.to_dict()
        else:
            tool_call = self.tool_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_date": created_date,
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tool_call is not UNSET:
            field_dict["tool_call"] = tool_call

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "created_date"
            try:
                created_date = _fromisoformat(src_dict["created_date"])
            except ValueError:
                created_date = _datetime_fallback(src_dict["created_date"])

            _field = "role"
            role = src_dict["role"]
            role = _message_role_member(role) or MessageRole(role)

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    content = src_dict["content"]
                    tool_call = src_dict["tool_call"]
                except KeyError:
                    _whole = False
            if not _whole:
                content = src_dict.get("content", UNSET)
                tool_call = src_dict.get("tool_call", UNSET)

            if tool_call is not UNSET:
                _field = "tool_call"
                tool_call = _parse_tool_call(tool_call)

            if _whole or len(src_dict) == 3 + (content is not UNSET) + (tool_call is not UNSET):
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
        _model.created_date = created_date
        _model.role = role
        _model.content = content
        _model.tool_call = tool_call
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


def _parse_tool_call(data: Any) -> CallToolInvocation | FunctionInvocation | None | Unset:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FunctionInvocation.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.CallToolInvocation.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(data, "CallToolInvocation | FunctionInvocation | None")

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_tool_invocation import CallToolInvocation
    from ..models.function_invocation import FunctionInvocation


T = TypeVar("T", bound="CallMessage")


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
        from ..models.call_tool_invocation import CallToolInvocation
        from ..models.function_invocation import FunctionInvocation

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        role = MessageRole(d.pop("role"))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_tool_call(data: object) -> CallToolInvocation | FunctionInvocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_invocation_type_0 = FunctionInvocation.from_dict(data)

                return componentsschemas_tool_invocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_invocation_type_1 = CallToolInvocation.from_dict(data)

                return componentsschemas_tool_invocation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid CallToolInvocation | FunctionInvocation | None")

        tool_call = _parse_tool_call(d.pop("tool_call", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.created_date = created_date
        _model.role = role
        _model.content = content
        _model.tool_call = tool_call

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="McpTool")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "description", "id", "type", "parameters", "approval_required"))


@_attrs_define
class McpTool:
    """A tool served by an MCP integration. Vendor schema `McpToolSchema`.

    Attributes:
        name (str):
        description (str): When the agent should use the tool.
        id (None | Unset | UUID): Tool id (for MCP tools the vendor maps it to the tool name).
        type_ (Literal['MCP'] | Unset):  Default: 'MCP'.
        parameters (JsonObject | None | Unset): JSON Schema of the tool input.
        approval_required (bool | Unset): Whether each use of the tool needs approval first. Default: False.
    """

    name: str
    description: str
    id: None | Unset | UUID = UNSET
    type_: Literal["MCP"] | Unset = "MCP"
    parameters: JsonObject | None | Unset = UNSET
    approval_required: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        name = self.name

        description = self.description

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        type_ = self.type_

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, JsonObject):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        approval_required = self.approval_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if approval_required is not UNSET:
            field_dict["approval_required"] = approval_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            description = src_dict["description"]

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    id = src_dict["id"]
                    type_ = src_dict["type"]
                    parameters = src_dict["parameters"]
                    approval_required = src_dict["approval_required"]
                except KeyError:
                    _whole = False
            if not _whole:
                id = src_dict.get("id", UNSET)
                type_ = src_dict.get("type", UNSET)
                parameters = src_dict.get("parameters", UNSET)
                approval_required = src_dict.get("approval_required", UNSET)
            if id is not UNSET and id is not None:
                _field = "id"
                id = _uuid_from_wire(id)

            _field = "type"
            type_ = cast(Literal["MCP"] | Unset, type_)
            if type_ != "MCP" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'MCP', got '{type_}'")

            if parameters is not UNSET and parameters is not None:
                _field = "parameters"
                parameters = _models.JsonObject.from_dict(parameters)

            if _whole or len(src_dict) == 2 + (id is not UNSET) + (type_ is not UNSET) + (parameters is not UNSET) + (
                approval_required is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.description = description
        _model.id = id
        _model.type_ = type_
        _model.parameters = parameters
        _model.approval_required = approval_required
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

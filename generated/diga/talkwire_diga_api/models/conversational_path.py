from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_node import ConversationNode
    from ..models.end_node import EndNode
    from ..models.flow_node import FlowNode
    from ..models.start_node import StartNode
    from ..models.tool_node import ToolNode
    from ..models.transfer_node import TransferNode
    from ..models.validation_issue import ValidationIssue


T = TypeVar("T", bound="ConversationalPath")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "nodes", "description", "global_prompt", "validation_issues"))


@_attrs_define
class ConversationalPath:
    """A conversational path: a graph of nodes that drives an agent in `path` mode. Vendor schema `PathResponseSchema`.

    Attributes:
        id (UUID):
        name (None | str):
        nodes (list[ConversationNode | EndNode | FlowNode | StartNode | ToolNode | TransferNode]): Nodes of the path.
        description (None | str | Unset):
        global_prompt (None | str | Unset): Instructions that apply to every node.
        validation_issues (list[ValidationIssue] | None | Unset):
    """

    id: UUID
    name: None | str
    nodes: list[ConversationNode | EndNode | FlowNode | StartNode | ToolNode | TransferNode]
    description: None | str | Unset = UNSET
    global_prompt: None | str | Unset = UNSET
    validation_issues: list[ValidationIssue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_node import ConversationNode
        from ..models.end_node import EndNode
        from ..models.start_node import StartNode
        from ..models.tool_node import ToolNode
        from ..models.transfer_node import TransferNode

        id = str(self.id)

        name: None | str
        name = self.name

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item: dict[str, Any]
            if (
                isinstance(nodes_item_data, StartNode)
                or isinstance(nodes_item_data, ConversationNode)
                or isinstance(nodes_item_data, EndNode)
                or isinstance(nodes_item_data, ToolNode)
                or isinstance(nodes_item_data, TransferNode)
            ):
                nodes_item = nodes_item_data.to_dict()
            else:
                nodes_item = nodes_item_data.to_dict()

            nodes.append(nodes_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        global_prompt: None | str | Unset
        if isinstance(self.global_prompt, Unset):
            global_prompt = UNSET
        else:
            global_prompt = self.global_prompt

        validation_issues: list[dict[str, Any]] | None | Unset
        if isinstance(self.validation_issues, Unset):
            validation_issues = UNSET
        elif isinstance(self.validation_issues, list):
            validation_issues = []
            for validation_issues_type_0_item_data in self.validation_issues:
                validation_issues_type_0_item = validation_issues_type_0_item_data.to_dict()
                validation_issues.append(validation_issues_type_0_item)

        else:
            validation_issues = self.validation_issues

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "nodes": nodes,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if global_prompt is not UNSET:
            field_dict["global_prompt"] = global_prompt
        if validation_issues is not UNSET:
            field_dict["validation_issues"] = validation_issues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "nodes"
            _items = []
            _read_item = _parse_nodes_item
            for _item in src_dict["nodes"]:
                _items.append(_read_item(_item))
            nodes = _items
            _items = None

            _whole = len(src_dict) == 6
            if _whole:
                try:
                    description = src_dict["description"]
                    global_prompt = src_dict["global_prompt"]
                    validation_issues = src_dict["validation_issues"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                global_prompt = src_dict.get("global_prompt", UNSET)
                validation_issues = src_dict.get("validation_issues", UNSET)

            if validation_issues is not UNSET and validation_issues is not None:
                _field = "validation_issues"
                if not isinstance(validation_issues, list):
                    _not_valid(validation_issues, "list[ValidationIssue] | None")
                _items = []
                _read_item = _models.ValidationIssue.from_dict
                for _item in validation_issues:
                    _items.append(_read_item(_item))
                validation_issues = _items
                _items = None

            if _whole or len(src_dict) == 3 + (description is not UNSET) + (global_prompt is not UNSET) + (
                validation_issues is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.nodes = nodes
        _model.description = description
        _model.global_prompt = global_prompt
        _model.validation_issues = validation_issues
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


def _parse_nodes_item(data: Any) -> ConversationNode | EndNode | FlowNode | StartNode | ToolNode | TransferNode:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.StartNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.ConversationNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.EndNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.ToolNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.TransferNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowNode.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(data, "ConversationNode | EndNode | FlowNode | StartNode | ToolNode | TransferNode")

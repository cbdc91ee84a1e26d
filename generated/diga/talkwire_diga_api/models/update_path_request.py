from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_node_input import ConversationNodeInput
    from ..models.end_node_input import EndNodeInput
    from ..models.flow_node_input import FlowNodeInput
    from ..models.start_node_input import StartNodeInput
    from ..models.tool_node_input import ToolNodeInput
    from ..models.transfer_node_input import TransferNodeInput


T = TypeVar("T", bound="UpdatePathRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "description", "global_prompt", "nodes"))


@_attrs_define
class UpdatePathRequest:
    """Partial update of a conversational path. Vendor schema `UpdatePathRequestSchema`.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        global_prompt (None | str | Unset): Instructions that apply to every node.
        nodes (list[ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput |
            TransferNodeInput] | None | Unset): Nodes of the path.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    global_prompt: None | str | Unset = UNSET
    nodes: (
        list[ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput | TransferNodeInput]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_node_input import ConversationNodeInput
        from ..models.end_node_input import EndNodeInput
        from ..models.start_node_input import StartNodeInput
        from ..models.tool_node_input import ToolNodeInput
        from ..models.transfer_node_input import TransferNodeInput

        name = self.name

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

        nodes: list[dict[str, Any]] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, list):
            nodes = []
            for nodes_type_0_item_data in self.nodes:
                nodes_type_0_item: dict[str, Any]
                if (
                    isinstance(nodes_type_0_item_data, StartNodeInput)
                    or isinstance(nodes_type_0_item_data, ConversationNodeInput)
                    or isinstance(nodes_type_0_item_data, EndNodeInput)
                    or isinstance(nodes_type_0_item_data, ToolNodeInput)
                    or isinstance(nodes_type_0_item_data, TransferNodeInput)
                ):
                    nodes_type_0_item = nodes_type_0_item_data.to_dict()
                else:
                    nodes_type_0_item = nodes_type_0_item_data.to_dict()

                nodes.append(nodes_type_0_item)

        else:
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if global_prompt is not UNSET:
            field_dict["global_prompt"] = global_prompt
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    name = src_dict["name"]
                    description = src_dict["description"]
                    global_prompt = src_dict["global_prompt"]
                    nodes = src_dict["nodes"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                description = src_dict.get("description", UNSET)
                global_prompt = src_dict.get("global_prompt", UNSET)
                nodes = src_dict.get("nodes", UNSET)

            if nodes is not UNSET and nodes is not None:
                _field = "nodes"
                if not isinstance(nodes, list):
                    _not_valid(
                        nodes,
                        "list[ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput | TransferNodeInput] | None",
                    )
                _items = []
                _read_item = _parse_nodes_type_0_item
                for _item in nodes:
                    _items.append(_read_item(_item))
                nodes = _items
                _items = None

            if _whole or len(src_dict) == (name is not UNSET) + (description is not UNSET) + (
                global_prompt is not UNSET
            ) + (nodes is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.description = description
        _model.global_prompt = global_prompt
        _model.nodes = nodes
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


def _parse_nodes_type_0_item(
    data: Any,
) -> ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput | TransferNodeInput:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.StartNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.ConversationNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.EndNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.ToolNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.TransferNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.FlowNodeInput.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(
        data,
        "ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput | TransferNodeInput",
    )

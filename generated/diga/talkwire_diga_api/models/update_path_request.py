from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_node_input import ConversationNodeInput
    from ..models.end_node_input import EndNodeInput
    from ..models.flow_node_input import FlowNodeInput
    from ..models.start_node_input import StartNodeInput
    from ..models.tool_node_input import ToolNodeInput
    from ..models.transfer_node_input import TransferNodeInput


T = TypeVar("T", bound="UpdatePathRequest")


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
        from ..models.conversation_node_input import ConversationNodeInput
        from ..models.end_node_input import EndNodeInput
        from ..models.flow_node_input import FlowNodeInput
        from ..models.start_node_input import StartNodeInput
        from ..models.tool_node_input import ToolNodeInput
        from ..models.transfer_node_input import TransferNodeInput

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_global_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_prompt = _parse_global_prompt(d.pop("global_prompt", UNSET))

        def _parse_nodes(
            data: object,
        ) -> (
            list[
                ConversationNodeInput
                | EndNodeInput
                | FlowNodeInput
                | StartNodeInput
                | ToolNodeInput
                | TransferNodeInput
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nodes_type_0 = []
                _nodes_type_0 = data
                for nodes_type_0_item_data in _nodes_type_0:

                    def _parse_nodes_type_0_item(
                        data: object,
                    ) -> (
                        ConversationNodeInput
                        | EndNodeInput
                        | FlowNodeInput
                        | StartNodeInput
                        | ToolNodeInput
                        | TransferNodeInput
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_path_node_input_type_0 = StartNodeInput.from_dict(data)

                            return componentsschemas_path_node_input_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_path_node_input_type_1 = ConversationNodeInput.from_dict(data)

                            return componentsschemas_path_node_input_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_path_node_input_type_2 = EndNodeInput.from_dict(data)

                            return componentsschemas_path_node_input_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_path_node_input_type_3 = ToolNodeInput.from_dict(data)

                            return componentsschemas_path_node_input_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_path_node_input_type_4 = TransferNodeInput.from_dict(data)

                            return componentsschemas_path_node_input_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_path_node_input_type_5 = FlowNodeInput.from_dict(data)

                        return componentsschemas_path_node_input_type_5

                    nodes_type_0_item = _parse_nodes_type_0_item(nodes_type_0_item_data)

                    nodes_type_0.append(nodes_type_0_item)

                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(
                f"{data!r} is not a valid list[ConversationNodeInput | EndNodeInput | FlowNodeInput | StartNodeInput | ToolNodeInput | TransferNodeInput] | None"
            )

        nodes = _parse_nodes(d.pop("nodes", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.description = description
        _model.global_prompt = global_prompt
        _model.nodes = nodes

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

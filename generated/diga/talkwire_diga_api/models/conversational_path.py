from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.conversation_node import ConversationNode
        from ..models.end_node import EndNode
        from ..models.flow_node import FlowNode
        from ..models.start_node import StartNode
        from ..models.tool_node import ToolNode
        from ..models.transfer_node import TransferNode
        from ..models.validation_issue import ValidationIssue

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:

            def _parse_nodes_item(
                data: object,
            ) -> ConversationNode | EndNode | FlowNode | StartNode | ToolNode | TransferNode:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_path_node_type_0 = StartNode.from_dict(data)

                    return componentsschemas_path_node_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_path_node_type_1 = ConversationNode.from_dict(data)

                    return componentsschemas_path_node_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_path_node_type_2 = EndNode.from_dict(data)

                    return componentsschemas_path_node_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_path_node_type_3 = ToolNode.from_dict(data)

                    return componentsschemas_path_node_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_path_node_type_4 = TransferNode.from_dict(data)

                    return componentsschemas_path_node_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_path_node_type_5 = FlowNode.from_dict(data)

                return componentsschemas_path_node_type_5

            nodes_item = _parse_nodes_item(nodes_item_data)

            nodes.append(nodes_item)

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

        def _parse_validation_issues(data: object) -> list[ValidationIssue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_issues_type_0 = []
                _validation_issues_type_0 = data
                for validation_issues_type_0_item_data in _validation_issues_type_0:
                    validation_issues_type_0_item = ValidationIssue.from_dict(validation_issues_type_0_item_data)

                    validation_issues_type_0.append(validation_issues_type_0_item)

                return validation_issues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[ValidationIssue] | None")

        validation_issues = _parse_validation_issues(d.pop("validation_issues", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.nodes = nodes
        _model.description = description
        _model.global_prompt = global_prompt
        _model.validation_issues = validation_issues

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

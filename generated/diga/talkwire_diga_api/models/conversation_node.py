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
    _not_valid,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_branch import PathBranch


T = TypeVar("T", bound="ConversationNode")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "prompt",
        "node_type",
        "branches",
        "pos_x",
        "pos_y",
        "is_global",
        "global_condition",
        "fixed_prompt",
        "knowledge_base",
        "knowledge_item_ids",
        "cached_knowledge",
        "skip_response",
        "inherit_knowledge",
    )
)


@_attrs_define
class ConversationNode:
    """Conversation node. Vendor schema `ConversationNodeResponseSchema`.

    Attributes:
        name (str): Node name; branches point to nodes by name.
        prompt (str): Instructions for this node.
        node_type (Literal['conversation'] | Unset):  Default: 'conversation'.
        branches (list[PathBranch] | None | Unset): Outgoing edges of the node.
        pos_x (float | None | Unset): X position in the editor.
        pos_y (float | None | Unset): Y position in the editor.
        is_global (bool | None | Unset): Whether the node can be entered from anywhere when `global_condition` holds.
            Default: False.
        global_condition (None | str | Unset): Condition that enters a global node.
        fixed_prompt (bool | None | Unset): Whether `prompt` is said verbatim (inferred from the name). Default: False.
        knowledge_base (list[UUID] | None | Unset): Knowledge base ids of the node (named `knowledge_base` in responses
            but `knowledge_base_ids` on input, as the vendor has it).
        knowledge_item_ids (list[UUID] | None | Unset): Knowledge items searched in this node.
        cached_knowledge (None | str | Unset):
        skip_response (bool | None | Unset):
        inherit_knowledge (bool | None | Unset): Whether the node also uses the path-level knowledge (inferred from the
            name). Default: True.
    """

    name: str
    prompt: str
    node_type: Literal["conversation"] | Unset = "conversation"
    branches: list[PathBranch] | None | Unset = UNSET
    pos_x: float | None | Unset = UNSET
    pos_y: float | None | Unset = UNSET
    is_global: bool | None | Unset = False
    global_condition: None | str | Unset = UNSET
    fixed_prompt: bool | None | Unset = False
    knowledge_base: list[UUID] | None | Unset = UNSET
    knowledge_item_ids: list[UUID] | None | Unset = UNSET
    cached_knowledge: None | str | Unset = UNSET
    skip_response: bool | None | Unset = UNSET
    inherit_knowledge: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        node_type = self.node_type

        branches: list[dict[str, Any]] | None | Unset
        if isinstance(self.branches, Unset):
            branches = UNSET
        elif isinstance(self.branches, list):
            branches = []
            for branches_type_0_item_data in self.branches:
                branches_type_0_item = branches_type_0_item_data.to_dict()
                branches.append(branches_type_0_item)

        else:
            branches = self.branches

        pos_x: float | None | Unset
        if isinstance(self.pos_x, Unset):
            pos_x = UNSET
        else:
            pos_x = self.pos_x

        pos_y: float | None | Unset
        if isinstance(self.pos_y, Unset):
            pos_y = UNSET
        else:
            pos_y = self.pos_y

        is_global: bool | None | Unset
        if isinstance(self.is_global, Unset):
            is_global = UNSET
        else:
            is_global = self.is_global

        global_condition: None | str | Unset
        if isinstance(self.global_condition, Unset):
            global_condition = UNSET
        else:
            global_condition = self.global_condition

        fixed_prompt: bool | None | Unset
        if isinstance(self.fixed_prompt, Unset):
            fixed_prompt = UNSET
        else:
            fixed_prompt = self.fixed_prompt

        knowledge_base: list[str] | None | Unset
        if isinstance(self.knowledge_base, Unset):
            knowledge_base = UNSET
        elif isinstance(self.knowledge_base, list):
            knowledge_base = []
            for knowledge_base_type_0_item_data in self.knowledge_base:
                knowledge_base_type_0_item = str(knowledge_base_type_0_item_data)
                knowledge_base.append(knowledge_base_type_0_item)

        else:
            knowledge_base = self.knowledge_base

        knowledge_item_ids: list[str] | None | Unset
        if isinstance(self.knowledge_item_ids, Unset):
            knowledge_item_ids = UNSET
        elif isinstance(self.knowledge_item_ids, list):
            knowledge_item_ids = []
            for knowledge_item_ids_type_0_item_data in self.knowledge_item_ids:
                knowledge_item_ids_type_0_item = str(knowledge_item_ids_type_0_item_data)
                knowledge_item_ids.append(knowledge_item_ids_type_0_item)

        else:
            knowledge_item_ids = self.knowledge_item_ids

        cached_knowledge: None | str | Unset
        if isinstance(self.cached_knowledge, Unset):
            cached_knowledge = UNSET
        else:
            cached_knowledge = self.cached_knowledge

        skip_response: bool | None | Unset
        if isinstance(self.skip_response, Unset):
            skip_response = UNSET
        else:
            skip_response = self.skip_response

        inherit_knowledge: bool | None | Unset
        if isinstance(self.inherit_knowledge, Unset):
            inherit_knowledge = UNSET
        else:
            inherit_knowledge = self.inherit_knowledge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if branches is not UNSET:
            field_dict["branches"] = branches
        if pos_x is not UNSET:
            field_dict["pos_x"] = pos_x
        if pos_y is not UNSET:
            field_dict["pos_y"] = pos_y
        if is_global is not UNSET:
            field_dict["is_global"] = is_global
        if global_condition is not UNSET:
            field_dict["global_condition"] = global_condition
        if fixed_prompt is not UNSET:
            field_dict["fixed_prompt"] = fixed_prompt
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base
        if knowledge_item_ids is not UNSET:
            field_dict["knowledge_item_ids"] = knowledge_item_ids
        if cached_knowledge is not UNSET:
            field_dict["cached_knowledge"] = cached_knowledge
        if skip_response is not UNSET:
            field_dict["skip_response"] = skip_response
        if inherit_knowledge is not UNSET:
            field_dict["inherit_knowledge"] = inherit_knowledge

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            name = src_dict["name"]

            prompt = src_dict["prompt"]

            _whole = len(src_dict) == 14
            if _whole:
                try:
                    node_type = src_dict["node_type"]
                    branches = src_dict["branches"]
                    pos_x = src_dict["pos_x"]
                    pos_y = src_dict["pos_y"]
                    is_global = src_dict["is_global"]
                    global_condition = src_dict["global_condition"]
                    fixed_prompt = src_dict["fixed_prompt"]
                    knowledge_base = src_dict["knowledge_base"]
                    knowledge_item_ids = src_dict["knowledge_item_ids"]
                    cached_knowledge = src_dict["cached_knowledge"]
                    skip_response = src_dict["skip_response"]
                    inherit_knowledge = src_dict["inherit_knowledge"]
                except KeyError:
                    _whole = False
            if not _whole:
                node_type = src_dict.get("node_type", UNSET)
                branches = src_dict.get("branches", UNSET)
                pos_x = src_dict.get("pos_x", UNSET)
                pos_y = src_dict.get("pos_y", UNSET)
                is_global = src_dict.get("is_global", UNSET)
                global_condition = src_dict.get("global_condition", UNSET)
                fixed_prompt = src_dict.get("fixed_prompt", UNSET)
                knowledge_base = src_dict.get("knowledge_base", UNSET)
                knowledge_item_ids = src_dict.get("knowledge_item_ids", UNSET)
                cached_knowledge = src_dict.get("cached_knowledge", UNSET)
                skip_response = src_dict.get("skip_response", UNSET)
                inherit_knowledge = src_dict.get("inherit_knowledge", UNSET)
            _field = "node_type"
            node_type = cast(Literal["conversation"] | Unset, node_type)
            if node_type != "conversation" and not isinstance(node_type, Unset):
                raise ValueError(f"node_type must match const 'conversation', got '{node_type}'")

            if branches is not UNSET and branches is not None:
                _field = "branches"
                if not isinstance(branches, list):
                    _not_valid(branches, "list[PathBranch] | None")
                _items = []
                _read_item = _models.PathBranch.from_dict
                for _item in branches:
                    _items.append(_read_item(_item))
                branches = _items
                _items = None

            if knowledge_base is not UNSET and knowledge_base is not None:
                _field = "knowledge_base"
                if not isinstance(knowledge_base, list):
                    _not_valid(knowledge_base, "list[UUID] | None")
                _items = []
                _read_item = _uuid_from_wire
                for _item in knowledge_base:
                    _items.append(_read_item(_item))
                knowledge_base = _items
                _items = None

            if knowledge_item_ids is not UNSET and knowledge_item_ids is not None:
                _field = "knowledge_item_ids"
                if not isinstance(knowledge_item_ids, list):
                    _not_valid(knowledge_item_ids, "list[UUID] | None")
                _items = []
                _read_item = _uuid_from_wire
                for _item in knowledge_item_ids:
                    _items.append(_read_item(_item))
                knowledge_item_ids = _items
                _items = None

            if _whole or len(src_dict) == 2 + (node_type is not UNSET) + (branches is not UNSET) + (
                pos_x is not UNSET
            ) + (pos_y is not UNSET) + (is_global is not UNSET) + (global_condition is not UNSET) + (
                fixed_prompt is not UNSET
            ) + (knowledge_base is not UNSET) + (knowledge_item_ids is not UNSET) + (cached_knowledge is not UNSET) + (
                skip_response is not UNSET
            ) + (inherit_knowledge is not UNSET):
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
        _model.prompt = prompt
        _model.node_type = node_type
        _model.branches = branches
        _model.pos_x = pos_x
        _model.pos_y = pos_y
        _model.is_global = is_global
        _model.global_condition = global_condition
        _model.fixed_prompt = fixed_prompt
        _model.knowledge_base = knowledge_base
        _model.knowledge_item_ids = knowledge_item_ids
        _model.cached_knowledge = cached_knowledge
        _model.skip_response = skip_response
        _model.inherit_knowledge = inherit_knowledge
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

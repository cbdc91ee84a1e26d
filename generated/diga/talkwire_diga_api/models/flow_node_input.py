from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_branch_input import PathBranchInput


T = TypeVar("T", bound="FlowNodeInput")


@_attrs_define
class FlowNodeInput:
    """Workflow node (input form). Vendor schema `FlowNodeCreateSchema`.

    Attributes:
        name (str): Node name; branches point to nodes by name.
        node_type (Literal['flow'] | Unset):  Default: 'flow'.
        branches (list[PathBranchInput] | None | Unset): Outgoing edges of the node.
        pos_x (float | None | Unset): X position in the editor.
        pos_y (float | None | Unset): Y position in the editor.
        is_global (bool | None | Unset): Whether the node can be entered from anywhere when `global_condition` holds.
            Default: False.
        global_condition (None | str | Unset): Condition that enters a global node.
        flow_id (None | str | Unset): Workflow the node runs.
    """

    name: str
    node_type: Literal["flow"] | Unset = "flow"
    branches: list[PathBranchInput] | None | Unset = UNSET
    pos_x: float | None | Unset = UNSET
    pos_y: float | None | Unset = UNSET
    is_global: bool | None | Unset = False
    global_condition: None | str | Unset = UNSET
    flow_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        flow_id: None | str | Unset
        if isinstance(self.flow_id, Unset):
            flow_id = UNSET
        else:
            flow_id = self.flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.path_branch_input import PathBranchInput

        d = dict(src_dict)
        name = d.pop("name")

        node_type = cast(Literal["flow"] | Unset, d.pop("node_type", UNSET))
        if node_type != "flow" and not isinstance(node_type, Unset):
            raise ValueError(f"node_type must match const 'flow', got '{node_type}'")

        def _parse_branches(data: object) -> list[PathBranchInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                branches_type_0 = []
                _branches_type_0 = data
                for branches_type_0_item_data in _branches_type_0:
                    branches_type_0_item = PathBranchInput.from_dict(branches_type_0_item_data)

                    branches_type_0.append(branches_type_0_item)

                return branches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[PathBranchInput] | None")

        branches = _parse_branches(d.pop("branches", UNSET))

        def _parse_pos_x(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pos_x = _parse_pos_x(d.pop("pos_x", UNSET))

        def _parse_pos_y(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pos_y = _parse_pos_y(d.pop("pos_y", UNSET))

        def _parse_is_global(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_global = _parse_is_global(d.pop("is_global", UNSET))

        def _parse_global_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_condition = _parse_global_condition(d.pop("global_condition", UNSET))

        def _parse_flow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_id = _parse_flow_id(d.pop("flow_id", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.node_type = node_type
        _model.branches = branches
        _model.pos_x = pos_x
        _model.pos_y = pos_y
        _model.is_global = is_global
        _model.global_condition = global_condition
        _model.flow_id = flow_id

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

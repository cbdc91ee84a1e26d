from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

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
    from ..models.path_branch_input import PathBranchInput


T = TypeVar("T", bound="TransferNodeInput")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("name", "phone_number", "node_type", "branches", "pos_x", "pos_y", "is_global", "global_condition")
)


@_attrs_define
class TransferNodeInput:
    """Transfer node (input form). Vendor schema `TransferNodeCreateSchema`.

    Attributes:
        name (str): Node name; branches point to nodes by name.
        phone_number (str): Number the call is transferred to.
        node_type (Literal['transfer'] | Unset):  Default: 'transfer'.
        branches (list[PathBranchInput] | None | Unset): Outgoing edges of the node.
        pos_x (float | None | Unset): X position in the editor.
        pos_y (float | None | Unset): Y position in the editor.
        is_global (bool | None | Unset): Whether the node can be entered from anywhere when `global_condition` holds.
            Default: False.
        global_condition (None | str | Unset): Condition that enters a global node.
    """

    name: str
    phone_number: str
    node_type: Literal["transfer"] | Unset = "transfer"
    branches: list[PathBranchInput] | None | Unset = UNSET
    pos_x: float | None | Unset = UNSET
    pos_y: float | None | Unset = UNSET
    is_global: bool | None | Unset = False
    global_condition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone_number": phone_number,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            name = src_dict["name"]

            phone_number = src_dict["phone_number"]

            _whole = len(src_dict) == 8
            if _whole:
                try:
                    node_type = src_dict["node_type"]
                    branches = src_dict["branches"]
                    pos_x = src_dict["pos_x"]
                    pos_y = src_dict["pos_y"]
                    is_global = src_dict["is_global"]
                    global_condition = src_dict["global_condition"]
                except KeyError:
                    _whole = False
            if not _whole:
                node_type = src_dict.get("node_type", UNSET)
                branches = src_dict.get("branches", UNSET)
                pos_x = src_dict.get("pos_x", UNSET)
                pos_y = src_dict.get("pos_y", UNSET)
                is_global = src_dict.get("is_global", UNSET)
                global_condition = src_dict.get("global_condition", UNSET)
            _field = "node_type"
            node_type = cast(Literal["transfer"] | Unset, node_type)
            if node_type != "transfer" and not isinstance(node_type, Unset):
                raise ValueError(f"node_type must match const 'transfer', got '{node_type}'")

            if branches is not UNSET and branches is not None:
                _field = "branches"
                if not isinstance(branches, list):
                    _not_valid(branches, "list[PathBranchInput] | None")
                _items = []
                _read_item = _models.PathBranchInput.from_dict
                for _item in branches:
                    _items.append(_read_item(_item))
                branches = _items
                _items = None

            if _whole or len(src_dict) == 2 + (node_type is not UNSET) + (branches is not UNSET) + (
                pos_x is not UNSET
            ) + (pos_y is not UNSET) + (is_global is not UNSET) + (global_condition is not UNSET):
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
        _model.phone_number = phone_number
        _model.node_type = node_type
        _model.branches = branches
        _model.pos_x = pos_x
        _model.pos_y = pos_y
        _model.is_global = is_global
        _model.global_condition = global_condition
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

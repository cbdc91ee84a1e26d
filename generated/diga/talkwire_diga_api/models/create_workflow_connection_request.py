from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_connection_type import WorkflowConnectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateWorkflowConnectionRequest")


@_attrs_define
class CreateWorkflowConnectionRequest:
    """A new workflow connection; the shape of `value` depends on `type`.

    Attributes:
        piece_name (str):
        display_name (str):
        type_ (WorkflowConnectionType): Credential type of a workflow connection.
        value (JsonObject | Unset): An arbitrary JSON object whose shape the vendor does not document (settings,
            payloads, templates, JSON Schemas...). Every key is kept.
    """

    piece_name: str
    display_name: str
    type_: WorkflowConnectionType
    value: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        piece_name = self.piece_name

        display_name = self.display_name

        type_ = self.type_.value

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "piece_name": piece_name,
                "display_name": display_name,
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        piece_name = d.pop("piece_name")

        display_name = d.pop("display_name")

        type_ = WorkflowConnectionType(d.pop("type"))

        _value = d.pop("value", UNSET)
        value: JsonObject | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = JsonObject.from_dict(_value)

        _model = cls.__new__(cls)
        _model.piece_name = piece_name
        _model.display_name = display_name
        _model.type_ = type_
        _model.value = value

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
)
from ..models.workflow_connection_type import WorkflowConnectionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateWorkflowConnectionRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_workflow_connection_type_member = WorkflowConnectionType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("piece_name", "display_name", "type", "value"))


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
        _field: str | None = None
        try:
            piece_name = src_dict["piece_name"]

            display_name = src_dict["display_name"]

            _field = "type"
            type_ = src_dict["type"]
            type_ = _workflow_connection_type_member(type_) or WorkflowConnectionType(type_)

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    value = src_dict["value"]
                except KeyError:
                    _whole = False
            if not _whole:
                value = src_dict.get("value", UNSET)
            if value is not UNSET:
                _field = "value"
                value = _models.JsonObject.from_dict(value)

            if _whole or len(src_dict) == 3 + (value is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.piece_name = piece_name
        _model.display_name = display_name
        _model.type_ = type_
        _model.value = value
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
)
from ..models.workflow_connection_status import WorkflowConnectionStatus

T = TypeVar("T", bound="WorkflowConnection")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_workflow_connection_status_member = WorkflowConnectionStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "external_id", "display_name", "piece_name", "status"))


@_attrs_define
class WorkflowConnection:
    """A stored workflow connection (its credentials are never returned). Vendor schema `WorkflowConnectionResponse`.

    Attributes:
        id (str):
        external_id (str): Referenced from steps as connections['<external_id>'].
        display_name (str): Name of the connection.
        piece_name (str):
        status (WorkflowConnectionStatus): Status of a workflow connection. The vendor types this as a plain string and
            names the two values in prose.
    """

    id: str
    external_id: str
    display_name: str
    piece_name: str
    status: WorkflowConnectionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        display_name = self.display_name

        piece_name = self.piece_name

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_id": external_id,
                "display_name": display_name,
                "piece_name": piece_name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            id = src_dict["id"]

            external_id = src_dict["external_id"]

            display_name = src_dict["display_name"]

            piece_name = src_dict["piece_name"]

            _field = "status"
            status = src_dict["status"]
            status = _workflow_connection_status_member(status) or WorkflowConnectionStatus(status)

            if len(src_dict) == 5:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.id = id
        _model.external_id = external_id
        _model.display_name = display_name
        _model.piece_name = piece_name
        _model.status = status
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

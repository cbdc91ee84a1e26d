from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateAgentRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("target_project_id", "source_version_id", "name"))


@_attrs_define
class DuplicateAgentRequest:
    """Target of an agent duplication.

    Attributes:
        target_project_id (UUID):
        source_version_id (None | Unset | UUID): Default: current draft.
        name (None | str | Unset): Default: original name + ` (copy)`.
    """

    target_project_id: UUID
    source_version_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_project_id = str(self.target_project_id)

        source_version_id: None | str | Unset
        if isinstance(self.source_version_id, Unset):
            source_version_id = UNSET
        elif isinstance(self.source_version_id, UUID):
            source_version_id = str(self.source_version_id)
        else:
            source_version_id = self.source_version_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_project_id": target_project_id,
            }
        )
        if source_version_id is not UNSET:
            field_dict["source_version_id"] = source_version_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "target_project_id"
            target_project_id = _uuid_from_wire(src_dict["target_project_id"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    source_version_id = src_dict["source_version_id"]
                    name = src_dict["name"]
                except KeyError:
                    _whole = False
            if not _whole:
                source_version_id = src_dict.get("source_version_id", UNSET)
                name = src_dict.get("name", UNSET)
            if source_version_id is not UNSET and source_version_id is not None:
                _field = "source_version_id"
                source_version_id = _uuid_from_wire(source_version_id)

            if _whole or len(src_dict) == 1 + (source_version_id is not UNSET) + (name is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.target_project_id = target_project_id
        _model.source_version_id = source_version_id
        _model.name = name
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

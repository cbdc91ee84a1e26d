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

T = TypeVar("T", bound="AgentVersionOption")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("version_id", "version_number", "version_name", "is_published", "is_draft"))


@_attrs_define
class AgentVersionOption:
    """One version in a version picker. Vendor schema `VersionItem`.

    Attributes:
        version_id (UUID):
        version_number (int):
        version_name (None | str | Unset):
        is_published (bool | Unset):  Default: False.
        is_draft (bool | Unset):  Default: False.
    """

    version_id: UUID
    version_number: int
    version_name: None | str | Unset = UNSET
    is_published: bool | Unset = False
    is_draft: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = str(self.version_id)

        version_number = self.version_number

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        is_published = self.is_published

        is_draft = self.is_draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "version_number": version_number,
            }
        )
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "version_id"
            version_id = _uuid_from_wire(src_dict["version_id"])

            version_number = src_dict["version_number"]

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    version_name = src_dict["version_name"]
                    is_published = src_dict["is_published"]
                    is_draft = src_dict["is_draft"]
                except KeyError:
                    _whole = False
            if not _whole:
                version_name = src_dict.get("version_name", UNSET)
                is_published = src_dict.get("is_published", UNSET)
                is_draft = src_dict.get("is_draft", UNSET)

            if _whole or len(src_dict) == 2 + (version_name is not UNSET) + (is_published is not UNSET) + (
                is_draft is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.version_id = version_id
        _model.version_number = version_number
        _model.version_name = version_name
        _model.is_published = is_published
        _model.is_draft = is_draft
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

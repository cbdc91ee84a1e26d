from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RenameAgentVersionResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "versionId", "newTitle"))


@_attrs_define
class RenameAgentVersionResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        version_id (int | Unset):  Example: 1750195000123.
        new_title (str | Unset):  Example: Holiday-2025.
    """

    success: bool | Unset = UNSET
    version_id: int | Unset = UNSET
    new_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        version_id = self.version_id

        new_title = self.new_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if new_title is not UNSET:
            field_dict["newTitle"] = new_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    success = src_dict["success"]
                    version_id = src_dict["versionId"]
                    new_title = src_dict["newTitle"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                version_id = src_dict.get("versionId", UNSET)
                new_title = src_dict.get("newTitle", UNSET)

            if _whole or len(src_dict) == (success is not UNSET) + (version_id is not UNSET) + (new_title is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.version_id = version_id
        _model.new_title = new_title
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

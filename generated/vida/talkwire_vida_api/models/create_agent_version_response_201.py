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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_version_response_201_created_version import CreateAgentVersionResponse201CreatedVersion


T = TypeVar("T", bound="CreateAgentVersionResponse201")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "createdVersion"))


@_attrs_define
class CreateAgentVersionResponse201:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        created_version (CreateAgentVersionResponse201CreatedVersion | Unset):
    """

    success: bool | Unset = UNSET
    created_version: CreateAgentVersionResponse201CreatedVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        created_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_version, Unset):
            created_version = self.created_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if created_version is not UNSET:
            field_dict["createdVersion"] = created_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    success = src_dict["success"]
                    created_version = src_dict["createdVersion"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                created_version = src_dict.get("createdVersion", UNSET)

            if created_version is not UNSET:
                _field = "createdVersion"
                created_version = _models.CreateAgentVersionResponse201CreatedVersion.from_dict(created_version)

            if _whole or len(src_dict) == (success is not UNSET) + (created_version is not UNSET):
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
        _model.created_version = created_version
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

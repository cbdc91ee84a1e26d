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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ImportFlowRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("displayName", "trigger", "schemaVersion"))


@_attrs_define
class ImportFlowRequest:
    """A flow definition that overwrites the draft's trigger and actions.

    Attributes:
        display_name (str):
        trigger (JsonObject): An arbitrary JSON object whose shape the vendor does not document (settings, payloads,
            templates, JSON Schemas...). Every key is kept.
        schema_version (None | str | Unset):
    """

    display_name: str
    trigger: JsonObject
    schema_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        trigger = self.trigger.to_dict()

        schema_version: None | str | Unset
        if isinstance(self.schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = self.schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "trigger": trigger,
            }
        )
        if schema_version is not UNSET:
            field_dict["schemaVersion"] = schema_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            display_name = src_dict["displayName"]

            _field = "trigger"
            trigger = _models.JsonObject.from_dict(src_dict["trigger"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    schema_version = src_dict["schemaVersion"]
                except KeyError:
                    _whole = False
            if not _whole:
                schema_version = src_dict.get("schemaVersion", UNSET)

            if _whole or len(src_dict) == 2 + (schema_version is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.display_name = display_name
        _model.trigger = trigger
        _model.schema_version = schema_version
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

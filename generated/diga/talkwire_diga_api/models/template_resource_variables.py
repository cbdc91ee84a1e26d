from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
)

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="TemplateResourceVariables")


@_attrs_define
class TemplateResourceVariables:
    """Per-resource variable values for the resources a template creates (keyed by the template's resource placeholder)."""

    additional_properties: dict[str, JsonObject] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
            if len(src_dict) == 0:
                additional_properties = {}
            else:
                additional_properties = {}
                for _key, _value in src_dict.items():
                    _field = _key
                    _value = _models.JsonObject.from_dict(_value)

                    additional_properties[_key] = _value
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JsonObject:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JsonObject) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

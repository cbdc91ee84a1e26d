from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..models.body_param_data_type import BodyParamDataType
from ..models.param_value_source import ParamValueSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpToolBodyParam")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_body_param_data_type_member = BodyParamDataType._value2member_map_.get
_param_value_source_member = ParamValueSource._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("name", "data_type", "description", "required", "value_source", "fixed_value", "properties")
)


@_attrs_define
class HttpToolBodyParam:
    """A body parameter of an HTTP tool; `object` parameters nest their `properties`. Vendor schemas `BodyParamSchema-
    Input` (requests) and `BodyParamSchema-Output` (responses), which are identical.

        Attributes:
            name (str): Parameter name.
            data_type (BodyParamDataType): Data type of an HTTP tool body parameter (vendor enum `DataTypes`).
            description (None | str | Unset): What the parameter means (shown to the LLM).
            required (bool | Unset): Whether the parameter must be sent. Default: True.
            value_source (ParamValueSource | Unset): Where a tool parameter's value comes from: extracted by the LLM, fixed,
                or a dynamic template.
            fixed_value (bool | float | int | None | str | Unset): Value used when `value_source` is `fixed`.
            properties (list[HttpToolBodyParam] | None | Unset): Nested parameters of an `object` parameter.
    """

    name: str
    data_type: BodyParamDataType
    description: None | str | Unset = UNSET
    required: bool | Unset = True
    value_source: ParamValueSource | Unset = UNSET
    fixed_value: bool | float | int | None | str | Unset = UNSET
    properties: list[HttpToolBodyParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        required = self.required

        value_source: str | Unset = UNSET
        if not isinstance(self.value_source, Unset):
            value_source = self.value_source.value

        fixed_value: bool | float | int | None | str | Unset
        if isinstance(self.fixed_value, Unset):
            fixed_value = UNSET
        else:
            fixed_value = self.fixed_value

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
        if value_source is not UNSET:
            field_dict["value_source"] = value_source
        if fixed_value is not UNSET:
            field_dict["fixed_value"] = fixed_value
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            name = src_dict["name"]

            _field = "data_type"
            data_type = src_dict["data_type"]
            data_type = _body_param_data_type_member(data_type) or BodyParamDataType(data_type)

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    description = src_dict["description"]
                    required = src_dict["required"]
                    value_source = src_dict["value_source"]
                    fixed_value = src_dict["fixed_value"]
                    properties = src_dict["properties"]
                except KeyError:
                    _whole = False
            if not _whole:
                description = src_dict.get("description", UNSET)
                required = src_dict.get("required", UNSET)
                value_source = src_dict.get("value_source", UNSET)
                fixed_value = src_dict.get("fixed_value", UNSET)
                properties = src_dict.get("properties", UNSET)

            if value_source is not UNSET:
                _field = "value_source"
                value_source = _param_value_source_member(value_source) or ParamValueSource(value_source)

            if properties is not UNSET and properties is not None:
                _field = "properties"
                if not isinstance(properties, list):
                    _not_valid(properties, "list[HttpToolBodyParam] | None")
                _items = []
                _read_item = _models.HttpToolBodyParam.from_dict
                for _item in properties:
                    _items.append(_read_item(_item))
                properties = _items
                _items = None

            if _whole or len(src_dict) == 2 + (description is not UNSET) + (required is not UNSET) + (
                value_source is not UNSET
            ) + (fixed_value is not UNSET) + (properties is not UNSET):
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
        _model.data_type = data_type
        _model.description = description
        _model.required = required
        _model.value_source = value_source
        _model.fixed_value = fixed_value
        _model.properties = properties
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

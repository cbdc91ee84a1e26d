from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_param_data_type import BodyParamDataType
from ..models.param_value_source import ParamValueSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpToolBodyParam")


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
        d = dict(src_dict)
        name = d.pop("name")

        data_type = BodyParamDataType(d.pop("data_type"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        required = d.pop("required", UNSET)

        _value_source = d.pop("value_source", UNSET)
        value_source: ParamValueSource | Unset
        if isinstance(_value_source, Unset):
            value_source = UNSET
        else:
            value_source = ParamValueSource(_value_source)

        def _parse_fixed_value(data: object) -> bool | float | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | int | None | str | Unset, data)

        fixed_value = _parse_fixed_value(d.pop("fixed_value", UNSET))

        def _parse_properties(data: object) -> list[HttpToolBodyParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = HttpToolBodyParam.from_dict(properties_type_0_item_data)

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[HttpToolBodyParam] | None")

        properties = _parse_properties(d.pop("properties", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.data_type = data_type
        _model.description = description
        _model.required = required
        _model.value_source = value_source
        _model.fixed_value = fixed_value
        _model.properties = properties

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

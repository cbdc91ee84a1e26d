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
    from ..models.connection_credential import ConnectionCredential


T = TypeVar("T", bound="TemplateResourceConnections")


@_attrs_define
class TemplateResourceConnections:
    """Per-resource connection credentials for the resources a template creates (keyed by the template's resource
    placeholder).

    """

    additional_properties: dict[str, list[ConnectionCredential]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(f"expected a JSON object, got {type(src_dict).__name__}")
            if len(src_dict) == 0:
                additional_properties = {}
            else:
                additional_properties = {}
                for _key, _value in src_dict.items():
                    _field = _key
                    _items = []
                    _read_item = _models.ConnectionCredential.from_dict
                    for _item in _value:
                        _items.append(_read_item(_item))
                    _value = _items
                    _items = None

                    additional_properties[_key] = _value
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = cls.__new__(cls)
        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ConnectionCredential]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ConnectionCredential]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

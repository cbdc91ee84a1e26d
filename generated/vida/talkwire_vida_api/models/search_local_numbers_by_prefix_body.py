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

T = TypeVar("T", bound="SearchLocalNumbersByPrefixBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("prefix", "country", "strict"))


@_attrs_define
class SearchLocalNumbersByPrefixBody:
    """
    Attributes:
        prefix (str | Unset): Prefix you are searching for Example: 216.
        country (str | Unset): Country used for the search Example: US.
        strict (bool | Unset): If strict search is to be used. If no results found, will other numbers in same general
            area. Default: True.
    """

    prefix: str | Unset = UNSET
    country: str | Unset = UNSET
    strict: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        country = self.country

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if country is not UNSET:
            field_dict["country"] = country
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    prefix = src_dict["prefix"]
                    country = src_dict["country"]
                    strict = src_dict["strict"]
                except KeyError:
                    _whole = False
            if not _whole:
                prefix = src_dict.get("prefix", UNSET)
                country = src_dict.get("country", UNSET)
                strict = src_dict.get("strict", UNSET)

            if _whole or len(src_dict) == (prefix is not UNSET) + (country is not UNSET) + (strict is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.prefix = prefix
        _model.country = country
        _model.strict = strict
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

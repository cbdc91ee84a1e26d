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

T = TypeVar("T", bound="SearchLocalNumbersByLocalityBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("city", "region", "country"))


@_attrs_define
class SearchLocalNumbersByLocalityBody:
    """
    Attributes:
        city (str | Unset): City you are searching for. If the particular city is unavailable, phone numbers from a 10
            mile radius will be returned Example: Austin.
        region (str | Unset): Region for the search. If searching within the U.S., this will be the state Example: TX.
        country (str | Unset): Country for the search Example: US.
    """

    city: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        region = self.region

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    city = src_dict["city"]
                    region = src_dict["region"]
                    country = src_dict["country"]
                except KeyError:
                    _whole = False
            if not _whole:
                city = src_dict.get("city", UNSET)
                region = src_dict.get("region", UNSET)
                country = src_dict.get("country", UNSET)

            if _whole or len(src_dict) == (city is not UNSET) + (region is not UNSET) + (country is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.city = city
        _model.region = region
        _model.country = country
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

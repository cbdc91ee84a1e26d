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

T = TypeVar("T", bound="SearchLocalNumbersByPhraseBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("phrase", "country", "region", "city"))


@_attrs_define
class SearchLocalNumbersByPhraseBody:
    """
    Attributes:
        phrase (str): String to search for. This supports asterisk wildcards * Example: *bitcoin*.
        country (str): Country used for the search Example: US.
        region (str | Unset): Region for the search. If searching within the U.S., this will be the state Example: TX.
        city (str | Unset): City you are searching for. If the particular city is unavailable, phone numbers from a 10
            mile radius will be returned Example: Austin.
    """

    phrase: str
    country: str
    region: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phrase = self.phrase

        country = self.country

        region = self.region

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phrase": phrase,
                "country": country,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            phrase = src_dict["phrase"]

            country = src_dict["country"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    region = src_dict["region"]
                    city = src_dict["city"]
                except KeyError:
                    _whole = False
            if not _whole:
                region = src_dict.get("region", UNSET)
                city = src_dict.get("city", UNSET)

            if _whole or len(src_dict) == 2 + (region is not UNSET) + (city is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.phrase = phrase
        _model.country = country
        _model.region = region
        _model.city = city
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

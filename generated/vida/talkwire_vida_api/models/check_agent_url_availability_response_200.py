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

T = TypeVar("T", bound="CheckAgentUrlAvailabilityResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "available", "slug"))


@_attrs_define
class CheckAgentUrlAvailabilityResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        available (bool | Unset):  Example: True.
        slug (str | Unset):  Example: welovevida.
    """

    success: bool | Unset = UNSET
    available: bool | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        available = self.available

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if available is not UNSET:
            field_dict["available"] = available
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    success = src_dict["success"]
                    available = src_dict["available"]
                    slug = src_dict["slug"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                available = src_dict.get("available", UNSET)
                slug = src_dict.get("slug", UNSET)

            if _whole or len(src_dict) == (success is not UNSET) + (available is not UNSET) + (slug is not UNSET):
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
        _model.available = available
        _model.slug = slug
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

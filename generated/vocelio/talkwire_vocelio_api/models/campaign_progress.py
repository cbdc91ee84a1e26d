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

T = TypeVar("T", bound="CampaignProgress")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("total_prospects", "contacted", "progress_percentage"))


@_attrs_define
class CampaignProgress:
    """
    Attributes:
        total_prospects (int | Unset):
        contacted (int | Unset):
        progress_percentage (float | Unset): Percent (0-100) of prospects contacted.
    """

    total_prospects: int | Unset = UNSET
    contacted: int | Unset = UNSET
    progress_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_prospects = self.total_prospects

        contacted = self.contacted

        progress_percentage = self.progress_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_prospects is not UNSET:
            field_dict["total_prospects"] = total_prospects
        if contacted is not UNSET:
            field_dict["contacted"] = contacted
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    total_prospects = src_dict["total_prospects"]
                    contacted = src_dict["contacted"]
                    progress_percentage = src_dict["progress_percentage"]
                except KeyError:
                    _whole = False
            if not _whole:
                total_prospects = src_dict.get("total_prospects", UNSET)
                contacted = src_dict.get("contacted", UNSET)
                progress_percentage = src_dict.get("progress_percentage", UNSET)

            if _whole or len(src_dict) == (total_prospects is not UNSET) + (contacted is not UNSET) + (
                progress_percentage is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.total_prospects = total_prospects
        _model.contacted = contacted
        _model.progress_percentage = progress_percentage
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

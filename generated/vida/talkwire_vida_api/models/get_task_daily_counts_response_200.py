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
    from ..models.get_task_daily_counts_response_200_counts import GetTaskDailyCountsResponse200Counts


T = TypeVar("T", bound="GetTaskDailyCountsResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "counts"))


@_attrs_define
class GetTaskDailyCountsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        counts (GetTaskDailyCountsResponse200Counts | Unset):
    """

    success: bool | Unset = UNSET
    counts: GetTaskDailyCountsResponse200Counts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 2
            if _whole:
                try:
                    success = src_dict["success"]
                    counts = src_dict["counts"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                counts = src_dict.get("counts", UNSET)

            if counts is not UNSET:
                _field = "counts"
                counts = _models.GetTaskDailyCountsResponse200Counts.from_dict(counts)

            if _whole or len(src_dict) == (success is not UNSET) + (counts is not UNSET):
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
        _model.counts = counts
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

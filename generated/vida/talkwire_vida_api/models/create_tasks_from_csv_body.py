from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTasksFromCsvBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("csv", "dryRun"))


@_attrs_define
class CreateTasksFromCsvBody:
    """
    Attributes:
        csv (File): CSV file
        dry_run (bool | Unset): Validate only; do not enqueue jobs
    """

    csv: File
    dry_run: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csv = self.csv.to_tuple()

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csv": csv,
            }
        )
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("csv", self.csv.to_tuple()))

        if not isinstance(self.dry_run, Unset):
            files.append(("dryRun", (None, ("true" if self.dry_run else "false").encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "csv"
            csv = File(payload=BytesIO(src_dict["csv"]))

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    dry_run = src_dict["dryRun"]
                except KeyError:
                    _whole = False
            if not _whole:
                dry_run = src_dict.get("dryRun", UNSET)

            if _whole or len(src_dict) == 1 + (dry_run is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.csv = csv
        _model.dry_run = dry_run
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

from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types
from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.lead_field_mapping import LeadFieldMapping


T = TypeVar("T", bound="UploadLeadsRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("file", "mapping"))


@_attrs_define
class UploadLeadsRequest:
    """Multipart form of `uploadLeads` (documented form fields). `mapping` is taken as optional (not documented).

    Attributes:
        file (File): CSV file with the leads (`text/csv`).
        mapping (LeadFieldMapping | Unset): Column mapping for a lead upload, e.g. `{"phone": "phone_number", "name":
            "full_name"}` (documented
            example). The document does not say which side is the CSV header; read as lead field -> CSV column
            (inferred). Sent as a JSON form part.
    """

    file: File
    mapping: LeadFieldMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.mapping, Unset):
            files.append(("mapping", (None, json.dumps(self.mapping.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "file"
            file = File(payload=BytesIO(src_dict["file"]))

            _whole = len(src_dict) == 2
            if _whole:
                try:
                    mapping = src_dict["mapping"]
                except KeyError:
                    _whole = False
            if not _whole:
                mapping = src_dict.get("mapping", UNSET)
            if mapping is not UNSET:
                _field = "mapping"
                mapping = _models.LeadFieldMapping.from_dict(mapping)

            if _whole or len(src_dict) == 1 + (mapping is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.file = file
        _model.mapping = mapping
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

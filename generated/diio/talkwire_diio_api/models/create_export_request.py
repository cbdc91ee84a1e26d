from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.export_file_type import ExportFileType
from ..models.export_model import ExportModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExportRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_export_file_type_member = ExportFileType._value2member_map_.get
_export_model_member = ExportModel._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("file_type", "send_to", "model"))


@_attrs_define
class CreateExportRequest:
    """
    Attributes:
        file_type (ExportFileType): The format of the export file.
        send_to (str | Unset): Also email the export to this address.
        model (ExportModel | Unset): What to export.
    """

    file_type: ExportFileType
    send_to: str | Unset = UNSET
    model: ExportModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_type = self.file_type.value

        send_to = self.send_to

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_type": file_type,
            }
        )
        if send_to is not UNSET:
            field_dict["send_to"] = send_to
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "file_type"
            file_type = src_dict["file_type"]
            file_type = _export_file_type_member(file_type) or ExportFileType(file_type)

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    send_to = src_dict["send_to"]
                    model = src_dict["model"]
                except KeyError:
                    _whole = False
            if not _whole:
                send_to = src_dict.get("send_to", UNSET)
                model = src_dict.get("model", UNSET)

            if model is not UNSET:
                _field = "model"
                model = _export_model_member(model) or ExportModel(model)

            if _whole or len(src_dict) == 1 + (send_to is not UNSET) + (model is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.file_type = file_type
        _model.send_to = send_to
        _model.model = model
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_file_type import ExportFileType
from ..models.export_model import ExportModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExportRequest")


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
        d = dict(src_dict)
        file_type = ExportFileType(d.pop("file_type"))

        send_to = d.pop("send_to", UNSET)

        _model = d.pop("model", UNSET)
        model: ExportModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ExportModel(_model)

        _model = cls.__new__(cls)
        _model.file_type = file_type
        _model.send_to = send_to
        _model.model = model

        _model.additional_properties = d
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

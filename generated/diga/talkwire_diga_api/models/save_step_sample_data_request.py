from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_data_format import SampleDataFormat
from ..models.sample_data_type import SampleDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveStepSampleDataRequest")


@_attrs_define
class SaveStepSampleDataRequest:
    """Sample data to store for a step. Vendor schema `SaveSampleDataRequest`.

    Attributes:
        payload (Any): The sample data.
        type_ (SampleDataType | Unset): Which sample data of a step: its input or its output. The vendor types this as a
            plain string and names the two values in prose.
        data_type (SampleDataFormat | Unset): Format of saved sample data. The vendor types this as a plain string and
            names the two values in prose.
    """

    payload: Any
    type_: SampleDataType | Unset = UNSET
    data_type: SampleDataFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_type is not UNSET:
            field_dict["dataType"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payload = d.pop("payload")

        _type_ = d.pop("type", UNSET)
        type_: SampleDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SampleDataType(_type_)

        _data_type = d.pop("dataType", UNSET)
        data_type: SampleDataFormat | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = SampleDataFormat(_data_type)

        _model = cls.__new__(cls)
        _model.payload = payload
        _model.type_ = type_
        _model.data_type = data_type

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

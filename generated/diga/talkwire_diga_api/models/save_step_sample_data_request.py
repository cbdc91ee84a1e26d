from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.sample_data_format import SampleDataFormat
from ..models.sample_data_type import SampleDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveStepSampleDataRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_sample_data_type_member = SampleDataType._value2member_map_.get
_sample_data_format_member = SampleDataFormat._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("payload", "type", "dataType"))


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
        _field: str | None = None
        try:
            payload = src_dict["payload"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    type_ = src_dict["type"]
                    data_type = src_dict["dataType"]
                except KeyError:
                    _whole = False
            if not _whole:
                type_ = src_dict.get("type", UNSET)
                data_type = src_dict.get("dataType", UNSET)
            if type_ is not UNSET:
                _field = "type"
                type_ = _sample_data_type_member(type_) or SampleDataType(type_)

            if data_type is not UNSET:
                _field = "dataType"
                data_type = _sample_data_format_member(data_type) or SampleDataFormat(data_type)

            if _whole or len(src_dict) == 1 + (type_ is not UNSET) + (data_type is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.payload = payload
        _model.type_ = type_
        _model.data_type = data_type
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

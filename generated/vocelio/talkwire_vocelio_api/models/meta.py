from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Meta")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("request_id", "timestamp", "version"))


@_attrs_define
class Meta:
    """Response metadata of the standard envelopes (documented). `version` appears only in the success example.

    Attributes:
        request_id (str): Request id, e.g. `req_12345`; quote it to Vocelio support.
        timestamp (datetime.datetime): When the response was produced.
        version (str | Unset): API version that served the request (`v1`).
    """

    request_id: str
    timestamp: datetime.datetime
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        timestamp = self.timestamp.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "timestamp": timestamp,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            request_id = src_dict["request_id"]

            _field = "timestamp"
            try:
                timestamp = _fromisoformat(src_dict["timestamp"])
            except ValueError:
                timestamp = _datetime_fallback(src_dict["timestamp"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    version = src_dict["version"]
                except KeyError:
                    _whole = False
            if not _whole:
                version = src_dict.get("version", UNSET)

            if _whole or len(src_dict) == 2 + (version is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.request_id = request_id
        _model.timestamp = timestamp
        _model.version = version
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

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
    from ..models.login_result import LoginResult
    from ..models.meta import Meta


T = TypeVar("T", bound="LoginEnvelope")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "data", "meta"))


@_attrs_define
class LoginEnvelope:
    """
    Attributes:
        success (bool): Always true here; a body with `success` false is an `ErrorEnvelope`, whatever the HTTP status.
        data (LoginResult):
        meta (Meta | Unset): Response metadata of the standard envelopes (documented). `version` appears only in the
            success example.
    """

    success: bool
    data: LoginResult
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            success = src_dict["success"]

            _field = "data"
            data = _models.LoginResult.from_dict(src_dict["data"])

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    meta = src_dict["meta"]
                except KeyError:
                    _whole = False
            if not _whole:
                meta = src_dict.get("meta", UNSET)
            if meta is not UNSET:
                _field = "meta"
                meta = _models.Meta.from_dict(meta)

            if _whole or len(src_dict) == 2 + (meta is not UNSET):
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
        _model.data = data
        _model.meta = meta
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

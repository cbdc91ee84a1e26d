from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="Account")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "name", "created_at", "updated_at", "_meta", "brand_name", "brand_logo_url"))


@_attrs_define
class Account:
    """Account info and branding of the calling token.

    Attributes:
        id (UUID):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        field_meta (Meta): Envelope metadata present at the top level of every REST response body.
        brand_name (str | Unset): Brand shown in the app, e.g. `Dstny`.
        brand_logo_url (None | str | Unset): URL of the brand logo; null when none is set.
    """

    id: UUID
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_meta: Meta
    brand_name: str | Unset = UNSET
    brand_logo_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_meta = self.field_meta.to_dict()

        brand_name = self.brand_name

        brand_logo_url: None | str | Unset
        if isinstance(self.brand_logo_url, Unset):
            brand_logo_url = UNSET
        else:
            brand_logo_url = self.brand_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "_meta": field_meta,
            }
        )
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if brand_logo_url is not UNSET:
            field_dict["brand_logo_url"] = brand_logo_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            name = src_dict["name"]

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _field = "updated_at"
            try:
                updated_at = _fromisoformat(src_dict["updated_at"])
            except ValueError:
                updated_at = _datetime_fallback(src_dict["updated_at"])

            _field = "_meta"
            field_meta = _models.Meta.from_dict(src_dict["_meta"])

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    brand_name = src_dict["brand_name"]
                    brand_logo_url = src_dict["brand_logo_url"]
                except KeyError:
                    _whole = False
            if not _whole:
                brand_name = src_dict.get("brand_name", UNSET)
                brand_logo_url = src_dict.get("brand_logo_url", UNSET)

            if _whole or len(src_dict) == 5 + (brand_name is not UNSET) + (brand_logo_url is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.field_meta = field_meta
        _model.brand_name = brand_name
        _model.brand_logo_url = brand_logo_url
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

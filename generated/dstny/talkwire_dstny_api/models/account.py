from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="Account")


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
        from ..models.meta import Meta

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        field_meta = Meta.from_dict(d.pop("_meta"))

        brand_name = d.pop("brand_name", UNSET)

        def _parse_brand_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_logo_url = _parse_brand_logo_url(d.pop("brand_logo_url", UNSET))

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.created_at = created_at
        _model.updated_at = updated_at
        _model.field_meta = field_meta
        _model.brand_name = brand_name
        _model.brand_logo_url = brand_logo_url

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

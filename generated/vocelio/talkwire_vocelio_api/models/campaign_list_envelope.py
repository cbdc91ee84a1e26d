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
    from ..models.campaign import Campaign
    from ..models.meta import Meta
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CampaignListEnvelope")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "data", "pagination", "meta"))


@_attrs_define
class CampaignListEnvelope:
    """
    Attributes:
        success (bool): Always true here; a body with `success` false is an `ErrorEnvelope`, whatever the HTTP status.
        data (list[Campaign]):
        pagination (Pagination | Unset): Page information of list responses (documented; it sits next to `data`, not
            inside `meta`). The page count is called `pages` in the document (not `total_pages`).
        meta (Meta | Unset): Response metadata of the standard envelopes (documented). `version` appears only in the
            success example.
    """

    success: bool
    data: list[Campaign]
    pagination: Pagination | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

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
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            success = src_dict["success"]

            _field = "data"
            _items = []
            _read_item = _models.Campaign.from_dict
            for _item in src_dict["data"]:
                _items.append(_read_item(_item))
            data = _items
            _items = None

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    pagination = src_dict["pagination"]
                    meta = src_dict["meta"]
                except KeyError:
                    _whole = False
            if not _whole:
                pagination = src_dict.get("pagination", UNSET)
                meta = src_dict.get("meta", UNSET)
            if pagination is not UNSET:
                _field = "pagination"
                pagination = _models.Pagination.from_dict(pagination)

            if meta is not UNSET:
                _field = "meta"
                meta = _models.Meta.from_dict(meta)

            if _whole or len(src_dict) == 2 + (pagination is not UNSET) + (meta is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.data = data
        _model.pagination = pagination
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

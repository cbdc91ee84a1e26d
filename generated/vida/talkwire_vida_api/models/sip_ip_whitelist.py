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
    from ..models.sip_ip_whitelist_entry import SipIpWhitelistEntry


T = TypeVar("T", bound="SipIpWhitelist")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "message", "whitelist"))


@_attrs_define
class SipIpWhitelist:
    """The SIP IP whitelist of the account (returned by the list and by the add operation).

    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Success.
        whitelist (list[SipIpWhitelistEntry] | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    whitelist: list[SipIpWhitelistEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        whitelist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.whitelist, Unset):
            whitelist = []
            for whitelist_item_data in self.whitelist:
                whitelist_item = whitelist_item_data.to_dict()
                whitelist.append(whitelist_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    success = src_dict["success"]
                    message = src_dict["message"]
                    whitelist = src_dict["whitelist"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                message = src_dict.get("message", UNSET)
                whitelist = src_dict.get("whitelist", UNSET)

            if whitelist is not UNSET:
                _field = "whitelist"
                _items = []
                _read_item = _models.SipIpWhitelistEntry.from_dict
                for _item in whitelist:
                    _items.append(_read_item(_item))
                whitelist = _items
                _items = None

            if _whole or len(src_dict) == (success is not UNSET) + (message is not UNSET) + (whitelist is not UNSET):
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
        _model.message = message
        _model.whitelist = whitelist
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

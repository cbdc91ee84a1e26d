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
    from ..models.webhook_relay_header import WebhookRelayHeader


T = TypeVar("T", bound="GetWebhookRelayResponse200Config")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("url", "timeout", "headers", "successStatusCodes"))


@_attrs_define
class GetWebhookRelayResponse200Config:
    """
    Attributes:
        url (str | Unset):  Example: https://hooks.myapp.com/inbound/twilio.
        timeout (float | Unset):  Example: 5000.
        headers (list[WebhookRelayHeader] | Unset):
        success_status_codes (list[int] | Unset):  Example: [200, 202].
    """

    url: str | Unset = UNSET
    timeout: float | Unset = UNSET
    headers: list[WebhookRelayHeader] | Unset = UNSET
    success_status_codes: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        timeout = self.timeout

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        success_status_codes: list[int] | Unset = UNSET
        if not isinstance(self.success_status_codes, Unset):
            success_status_codes = self.success_status_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if headers is not UNSET:
            field_dict["headers"] = headers
        if success_status_codes is not UNSET:
            field_dict["successStatusCodes"] = success_status_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    url = src_dict["url"]
                    timeout = src_dict["timeout"]
                    headers = src_dict["headers"]
                    success_status_codes = src_dict["successStatusCodes"]
                except KeyError:
                    _whole = False
            if not _whole:
                url = src_dict.get("url", UNSET)
                timeout = src_dict.get("timeout", UNSET)
                headers = src_dict.get("headers", UNSET)
                success_status_codes = src_dict.get("successStatusCodes", UNSET)

            if headers is not UNSET:
                _field = "headers"
                _items = []
                _read_item = _models.WebhookRelayHeader.from_dict
                for _item in headers:
                    _items.append(_read_item(_item))
                headers = _items
                _items = None

            if _whole or len(src_dict) == (url is not UNSET) + (timeout is not UNSET) + (headers is not UNSET) + (
                success_status_codes is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.url = url
        _model.timeout = timeout
        _model.headers = headers
        _model.success_status_codes = success_status_codes
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
)
from ..models.create_webhook_body_type import CreateWebhookBodyType

T = TypeVar("T", bound="CreateWebhookBody")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_create_webhook_body_type_member = CreateWebhookBodyType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("url", "label", "type"))


@_attrs_define
class CreateWebhookBody:
    """
    Attributes:
        url (str): Webhook URL Example: https://hooks.zapier.com/hooks/catch/123456/abcdef.
        label (str): Friendly label for webhook Example: Zapier Hook.
        type_ (CreateWebhookBodyType): Webhook type Example: conversation.
    """

    url: str
    label: str
    type_: CreateWebhookBodyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        label = self.label

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "label": label,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            url = src_dict["url"]

            label = src_dict["label"]

            _field = "type"
            type_ = src_dict["type"]
            type_ = _create_webhook_body_type_member(type_) or CreateWebhookBodyType(type_)

            if len(src_dict) == 3:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.url = url
        _model.label = label
        _model.type_ = type_
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

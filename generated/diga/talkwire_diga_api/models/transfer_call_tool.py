from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCallTool")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_transfer_type_member = TransferType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "type", "target_number", "description", "transfer_type"))


@_attrs_define
class TransferCallTool:
    """Built-in tool that transfers the call to a number. The vendor forbids extra properties on this object (not enforced
    here). Vendor schema `TransferCallToolSchema`.

        Attributes:
            name (str): Slug; accents/spaces normalised by server.
            type_ (Literal['transfer_call'] | Unset): Always `transfer_call`. Default: 'transfer_call'.
            target_number (None | str | Unset): E.164, extension allowed as `#1234`; `phone_number` accepted as alias.
            description (None | str | Unset): When the agent should use the tool.
            transfer_type (TransferType | Unset): `transfer`: SIP transfer; `invite`: SIP invite.
    """

    name: str
    type_: Literal["transfer_call"] | Unset = "transfer_call"
    target_number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    transfer_type: TransferType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        target_number: None | str | Unset
        if isinstance(self.target_number, Unset):
            target_number = UNSET
        else:
            target_number = self.target_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        transfer_type: str | Unset = UNSET
        if not isinstance(self.transfer_type, Unset):
            transfer_type = self.transfer_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target_number is not UNSET:
            field_dict["target_number"] = target_number
        if description is not UNSET:
            field_dict["description"] = description
        if transfer_type is not UNSET:
            field_dict["transfer_type"] = transfer_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            name = src_dict["name"]

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    type_ = src_dict["type"]
                    target_number = src_dict["target_number"]
                    description = src_dict["description"]
                    transfer_type = src_dict["transfer_type"]
                except KeyError:
                    _whole = False
            if not _whole:
                type_ = src_dict.get("type", UNSET)
                target_number = src_dict.get("target_number", UNSET)
                description = src_dict.get("description", UNSET)
                transfer_type = src_dict.get("transfer_type", UNSET)
            _field = "type"
            type_ = cast(Literal["transfer_call"] | Unset, type_)
            if type_ != "transfer_call" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'transfer_call', got '{type_}'")

            if transfer_type is not UNSET:
                _field = "transfer_type"
                transfer_type = _transfer_type_member(transfer_type) or TransferType(transfer_type)

            if _whole or len(src_dict) == 1 + (type_ is not UNSET) + (target_number is not UNSET) + (
                description is not UNSET
            ) + (transfer_type is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.type_ = type_
        _model.target_number = target_number
        _model.description = description
        _model.transfer_type = transfer_type
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

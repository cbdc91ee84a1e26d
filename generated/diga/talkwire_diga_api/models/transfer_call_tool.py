from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferCallTool")


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
        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["transfer_call"] | Unset, d.pop("type", UNSET))
        if type_ != "transfer_call" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'transfer_call', got '{type_}'")

        def _parse_target_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_number = _parse_target_number(d.pop("target_number", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _transfer_type = d.pop("transfer_type", UNSET)
        transfer_type: TransferType | Unset
        if isinstance(_transfer_type, Unset):
            transfer_type = UNSET
        else:
            transfer_type = TransferType(_transfer_type)

        _model = cls.__new__(cls)
        _model.name = name
        _model.type_ = type_
        _model.target_number = target_number
        _model.description = description
        _model.transfer_type = transfer_type

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

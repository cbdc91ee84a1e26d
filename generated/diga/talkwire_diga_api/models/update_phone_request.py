from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePhoneRequest")


@_attrs_define
class UpdatePhoneRequest:
    """Nickname and the agent versions that answer / place calls on this number. Vendor schema `PhoneUpdateRequestSchema`.

    Attributes:
        nickname (None | str | Unset): Display name of the number.
        inbound_version_id (None | Unset | UUID): Agent VERSION id (response shows inbound_agent_id).
        outbound_version_id (None | Unset | UUID): Agent VERSION id.
    """

    nickname: None | str | Unset = UNSET
    inbound_version_id: None | Unset | UUID = UNSET
    outbound_version_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        inbound_version_id: None | str | Unset
        if isinstance(self.inbound_version_id, Unset):
            inbound_version_id = UNSET
        elif isinstance(self.inbound_version_id, UUID):
            inbound_version_id = str(self.inbound_version_id)
        else:
            inbound_version_id = self.inbound_version_id

        outbound_version_id: None | str | Unset
        if isinstance(self.outbound_version_id, Unset):
            outbound_version_id = UNSET
        elif isinstance(self.outbound_version_id, UUID):
            outbound_version_id = str(self.outbound_version_id)
        else:
            outbound_version_id = self.outbound_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if inbound_version_id is not UNSET:
            field_dict["inbound_version_id"] = inbound_version_id
        if outbound_version_id is not UNSET:
            field_dict["outbound_version_id"] = outbound_version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        def _parse_inbound_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbound_version_id_type_0 = UUID(data)

                return inbound_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        inbound_version_id = _parse_inbound_version_id(d.pop("inbound_version_id", UNSET))

        def _parse_outbound_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outbound_version_id_type_0 = UUID(data)

                return outbound_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        outbound_version_id = _parse_outbound_version_id(d.pop("outbound_version_id", UNSET))

        _model = cls.__new__(cls)
        _model.nickname = nickname
        _model.inbound_version_id = inbound_version_id
        _model.outbound_version_id = outbound_version_id

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

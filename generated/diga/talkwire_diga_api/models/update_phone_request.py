from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePhoneRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("nickname", "inbound_version_id", "outbound_version_id"))


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    nickname = src_dict["nickname"]
                    inbound_version_id = src_dict["inbound_version_id"]
                    outbound_version_id = src_dict["outbound_version_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                nickname = src_dict.get("nickname", UNSET)
                inbound_version_id = src_dict.get("inbound_version_id", UNSET)
                outbound_version_id = src_dict.get("outbound_version_id", UNSET)

            if inbound_version_id is not UNSET and inbound_version_id is not None:
                _field = "inbound_version_id"
                inbound_version_id = _uuid_from_wire(inbound_version_id)

            if outbound_version_id is not UNSET and outbound_version_id is not None:
                _field = "outbound_version_id"
                outbound_version_id = _uuid_from_wire(outbound_version_id)

            if _whole or len(src_dict) == (nickname is not UNSET) + (inbound_version_id is not UNSET) + (
                outbound_version_id is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.nickname = nickname
        _model.inbound_version_id = inbound_version_id
        _model.outbound_version_id = outbound_version_id
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

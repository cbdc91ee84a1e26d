from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSipRegistrationBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("aor", "username", "sipRealm"))


@_attrs_define
class CreateSipRegistrationBody:
    """
    Attributes:
        aor (Any | Unset):  Example: any.
        username (Any | Unset):  Example: any.
        sip_realm (Any | Unset):  Example: any.
    """

    aor: Any | Unset = UNSET
    username: Any | Unset = UNSET
    sip_realm: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aor = self.aor

        username = self.username

        sip_realm = self.sip_realm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aor is not UNSET:
            field_dict["aor"] = aor
        if username is not UNSET:
            field_dict["username"] = username
        if sip_realm is not UNSET:
            field_dict["sipRealm"] = sip_realm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    aor = src_dict["aor"]
                    username = src_dict["username"]
                    sip_realm = src_dict["sipRealm"]
                except KeyError:
                    _whole = False
            if not _whole:
                aor = src_dict.get("aor", UNSET)
                username = src_dict.get("username", UNSET)
                sip_realm = src_dict.get("sipRealm", UNSET)

            if _whole or len(src_dict) == (aor is not UNSET) + (username is not UNSET) + (sip_realm is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.aor = aor
        _model.username = username
        _model.sip_realm = sip_realm
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

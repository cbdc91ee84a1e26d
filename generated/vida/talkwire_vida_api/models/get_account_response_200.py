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
    from ..models.get_account_response_200_details import GetAccountResponse200Details


T = TypeVar("T", bound="GetAccountResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "username", "details"))


@_attrs_define
class GetAccountResponse200:
    """
    Attributes:
        id (float | Unset):  Example: 123.
        username (str | Unset):  Example: user@example.com.
        details (GetAccountResponse200Details | Unset):
    """

    id: float | Unset = UNSET
    username: str | Unset = UNSET
    details: GetAccountResponse200Details | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 3
            if _whole:
                try:
                    id = src_dict["id"]
                    username = src_dict["username"]
                    details = src_dict["details"]
                except KeyError:
                    _whole = False
            if not _whole:
                id = src_dict.get("id", UNSET)
                username = src_dict.get("username", UNSET)
                details = src_dict.get("details", UNSET)

            if details is not UNSET:
                _field = "details"
                details = _models.GetAccountResponse200Details.from_dict(details)

            if _whole or len(src_dict) == (id is not UNSET) + (username is not UNSET) + (details is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.username = username
        _model.details = details
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
)

if TYPE_CHECKING:
    from ..models.invitation import Invitation
    from ..models.invitation_result import InvitationResult


T = TypeVar("T", bound="BulkInvitationsResult")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("successful", "failed"))


@_attrs_define
class BulkInvitationsResult:
    """Outcome of a bulk send. Vendor schema `BulkInvitationResponseSchema`.

    Attributes:
        successful (list[Invitation]):
        failed (list[InvitationResult]):
    """

    successful: list[Invitation]
    failed: list[InvitationResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful = []
        for successful_item_data in self.successful:
            successful_item = successful_item_data.to_dict()
            successful.append(successful_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful": successful,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "successful"
            _items = []
            _read_item = _models.Invitation.from_dict
            for _item in src_dict["successful"]:
                _items.append(_read_item(_item))
            successful = _items
            _items = None

            _field = "failed"
            _items = []
            _read_item = _models.InvitationResult.from_dict
            for _item in src_dict["failed"]:
                _items.append(_read_item(_item))
            failed = _items
            _items = None

            if len(src_dict) == 2:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = cls.__new__(cls)
        _model.successful = successful
        _model.failed = failed
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invitation import Invitation
    from ..models.invitation_result import InvitationResult


T = TypeVar("T", bound="BulkInvitationsResult")


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
        from ..models.invitation import Invitation
        from ..models.invitation_result import InvitationResult

        d = dict(src_dict)
        successful = []
        _successful = d.pop("successful")
        for successful_item_data in _successful:
            successful_item = Invitation.from_dict(successful_item_data)

            successful.append(successful_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = InvitationResult.from_dict(failed_item_data)

            failed.append(failed_item)

        _model = cls.__new__(cls)
        _model.successful = successful
        _model.failed = failed

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

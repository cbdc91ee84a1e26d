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
    from ..models.invitation import Invitation


T = TypeVar("T", bound="InvitationResult")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("email", "success", "error", "invitation"))


@_attrs_define
class InvitationResult:
    """Outcome of one invitation of a bulk send. Vendor schema `InvitationResultSchema`.

    Attributes:
        email (str):
        success (bool):
        error (None | str | Unset):
        invitation (Invitation | None | Unset):
    """

    email: str
    success: bool
    error: None | str | Unset = UNSET
    invitation: Invitation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation import Invitation

        email = self.email

        success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        invitation: dict[str, Any] | None | Unset
        if isinstance(self.invitation, Unset):
            invitation = UNSET
        elif isinstance(self.invitation, Invitation):
            invitation = self.invitation.to_dict()
        else:
            invitation = self.invitation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "success": success,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            email = src_dict["email"]

            success = src_dict["success"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    error = src_dict["error"]
                    invitation = src_dict["invitation"]
                except KeyError:
                    _whole = False
            if not _whole:
                error = src_dict.get("error", UNSET)
                invitation = src_dict.get("invitation", UNSET)

            if invitation is not UNSET and invitation is not None:
                _field = "invitation"
                invitation = _models.Invitation.from_dict(invitation)

            if _whole or len(src_dict) == 2 + (error is not UNSET) + (invitation is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.email = email
        _model.success = success
        _model.error = error
        _model.invitation = invitation
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_export_status_member = ExportStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("id", "status", "created_at", "file_url", "email"))


@_attrs_define
class Export:
    """
    Attributes:
        id (UUID):
        status (ExportStatus): Where the export is; `finished` and `error` are final.
        created_at (datetime.datetime):
        file_url (None | str | Unset): Where to download the file; `null` until the export is `finished`.
        email (None | str | Unset): The address the export was sent to (`send_to`), if any.
    """

    id: UUID
    status: ExportStatus
    created_at: datetime.datetime
    file_url: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        created_at = self.created_at.isoformat()

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            _field = "status"
            status = src_dict["status"]
            status = _export_status_member(status) or ExportStatus(status)

            _field = "created_at"
            try:
                created_at = _fromisoformat(src_dict["created_at"])
            except ValueError:
                created_at = _datetime_fallback(src_dict["created_at"])

            _whole = len(src_dict) == 5
            if _whole:
                try:
                    file_url = src_dict["file_url"]
                    email = src_dict["email"]
                except KeyError:
                    _whole = False
            if not _whole:
                file_url = src_dict.get("file_url", UNSET)
                email = src_dict.get("email", UNSET)

            if _whole or len(src_dict) == 3 + (file_url is not UNSET) + (email is not UNSET):
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
        _model.status = status
        _model.created_at = created_at
        _model.file_url = file_url
        _model.email = email
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

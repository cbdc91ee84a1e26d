from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentVersionOption")


@_attrs_define
class AgentVersionOption:
    """One version in a version picker. Vendor schema `VersionItem`.

    Attributes:
        version_id (UUID):
        version_number (int):
        version_name (None | str | Unset):
        is_published (bool | Unset):  Default: False.
        is_draft (bool | Unset):  Default: False.
    """

    version_id: UUID
    version_number: int
    version_name: None | str | Unset = UNSET
    is_published: bool | Unset = False
    is_draft: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = str(self.version_id)

        version_number = self.version_number

        version_name: None | str | Unset
        if isinstance(self.version_name, Unset):
            version_name = UNSET
        else:
            version_name = self.version_name

        is_published = self.is_published

        is_draft = self.is_draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "version_number": version_number,
            }
        )
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version_id = UUID(d.pop("version_id"))

        version_number = d.pop("version_number")

        def _parse_version_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_name = _parse_version_name(d.pop("version_name", UNSET))

        is_published = d.pop("is_published", UNSET)

        is_draft = d.pop("is_draft", UNSET)

        _model = cls.__new__(cls)
        _model.version_id = version_id
        _model.version_number = version_number
        _model.version_name = version_name
        _model.is_published = is_published
        _model.is_draft = is_draft

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

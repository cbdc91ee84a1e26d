from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishAgentVersionRequest")


@_attrs_define
class PublishAgentVersionRequest:
    """Version to publish (null or absent unpublishes) and the phones to bind it to. Vendor schema `PublishAgentRequest`.

    Attributes:
        version_id (None | Unset | UUID): Null/absent = unpublish.
        outbound_phone_number_id (None | Unset | UUID):
        inbound_phone_number_id (None | Unset | UUID):
    """

    version_id: None | Unset | UUID = UNSET
    outbound_phone_number_id: None | Unset | UUID = UNSET
    inbound_phone_number_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        elif isinstance(self.version_id, UUID):
            version_id = str(self.version_id)
        else:
            version_id = self.version_id

        outbound_phone_number_id: None | str | Unset
        if isinstance(self.outbound_phone_number_id, Unset):
            outbound_phone_number_id = UNSET
        elif isinstance(self.outbound_phone_number_id, UUID):
            outbound_phone_number_id = str(self.outbound_phone_number_id)
        else:
            outbound_phone_number_id = self.outbound_phone_number_id

        inbound_phone_number_id: None | str | Unset
        if isinstance(self.inbound_phone_number_id, Unset):
            inbound_phone_number_id = UNSET
        elif isinstance(self.inbound_phone_number_id, UUID):
            inbound_phone_number_id = str(self.inbound_phone_number_id)
        else:
            inbound_phone_number_id = self.inbound_phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if outbound_phone_number_id is not UNSET:
            field_dict["outbound_phone_number_id"] = outbound_phone_number_id
        if inbound_phone_number_id is not UNSET:
            field_dict["inbound_phone_number_id"] = inbound_phone_number_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_id_type_0 = UUID(data)

                return version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_outbound_phone_number_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outbound_phone_number_id_type_0 = UUID(data)

                return outbound_phone_number_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        outbound_phone_number_id = _parse_outbound_phone_number_id(d.pop("outbound_phone_number_id", UNSET))

        def _parse_inbound_phone_number_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbound_phone_number_id_type_0 = UUID(data)

                return inbound_phone_number_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        inbound_phone_number_id = _parse_inbound_phone_number_id(d.pop("inbound_phone_number_id", UNSET))

        _model = cls.__new__(cls)
        _model.version_id = version_id
        _model.outbound_phone_number_id = outbound_phone_number_id
        _model.inbound_phone_number_id = inbound_phone_number_id

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

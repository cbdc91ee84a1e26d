from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentPublication")


@_attrs_define
class AgentPublication:
    """An agent's published version and its phones. Vendor schema `PublishAgentResponse`.

    Attributes:
        agent_id (UUID):
        published_version_id (None | Unset | UUID):
        outbound_phone_number_id (None | Unset | UUID):
        inbound_phone_number_id (None | Unset | UUID):
    """

    agent_id: UUID
    published_version_id: None | Unset | UUID = UNSET
    outbound_phone_number_id: None | Unset | UUID = UNSET
    inbound_phone_number_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = str(self.agent_id)

        published_version_id: None | str | Unset
        if isinstance(self.published_version_id, Unset):
            published_version_id = UNSET
        elif isinstance(self.published_version_id, UUID):
            published_version_id = str(self.published_version_id)
        else:
            published_version_id = self.published_version_id

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
        field_dict.update(
            {
                "agent_id": agent_id,
            }
        )
        if published_version_id is not UNSET:
            field_dict["published_version_id"] = published_version_id
        if outbound_phone_number_id is not UNSET:
            field_dict["outbound_phone_number_id"] = outbound_phone_number_id
        if inbound_phone_number_id is not UNSET:
            field_dict["inbound_phone_number_id"] = inbound_phone_number_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = UUID(d.pop("agent_id"))

        def _parse_published_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_version_id_type_0 = UUID(data)

                return published_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        published_version_id = _parse_published_version_id(d.pop("published_version_id", UNSET))

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
        _model.agent_id = agent_id
        _model.published_version_id = published_version_id
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

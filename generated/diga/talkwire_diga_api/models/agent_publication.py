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

T = TypeVar("T", bound="AgentPublication")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("agent_id", "published_version_id", "outbound_phone_number_id", "inbound_phone_number_id")
)


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
        _field: str | None = None
        try:
            _field = "agent_id"
            agent_id = _uuid_from_wire(src_dict["agent_id"])

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    published_version_id = src_dict["published_version_id"]
                    outbound_phone_number_id = src_dict["outbound_phone_number_id"]
                    inbound_phone_number_id = src_dict["inbound_phone_number_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                published_version_id = src_dict.get("published_version_id", UNSET)
                outbound_phone_number_id = src_dict.get("outbound_phone_number_id", UNSET)
                inbound_phone_number_id = src_dict.get("inbound_phone_number_id", UNSET)
            if published_version_id is not UNSET and published_version_id is not None:
                _field = "published_version_id"
                published_version_id = _uuid_from_wire(published_version_id)

            if outbound_phone_number_id is not UNSET and outbound_phone_number_id is not None:
                _field = "outbound_phone_number_id"
                outbound_phone_number_id = _uuid_from_wire(outbound_phone_number_id)

            if inbound_phone_number_id is not UNSET and inbound_phone_number_id is not None:
                _field = "inbound_phone_number_id"
                inbound_phone_number_id = _uuid_from_wire(inbound_phone_number_id)

            if _whole or len(src_dict) == 1 + (published_version_id is not UNSET) + (
                outbound_phone_number_id is not UNSET
            ) + (inbound_phone_number_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.agent_id = agent_id
        _model.published_version_id = published_version_id
        _model.outbound_phone_number_id = outbound_phone_number_id
        _model.inbound_phone_number_id = inbound_phone_number_id
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

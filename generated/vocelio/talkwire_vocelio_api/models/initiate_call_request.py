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
    from ..models.call_settings import CallSettings


T = TypeVar("T", bound="InitiateCallRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("phone_number", "campaign_id", "agent_id", "settings"))


@_attrs_define
class InitiateCallRequest:
    """
    Attributes:
        phone_number (str): Number to call, in E.164 form as in the example (`+1234567890`).
        campaign_id (str | Unset):
        agent_id (str | Unset):
        settings (CallSettings | Unset):
    """

    phone_number: str
    campaign_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    settings: CallSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        campaign_id = self.campaign_id

        agent_id = self.agent_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            phone_number = src_dict["phone_number"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    campaign_id = src_dict["campaign_id"]
                    agent_id = src_dict["agent_id"]
                    settings = src_dict["settings"]
                except KeyError:
                    _whole = False
            if not _whole:
                campaign_id = src_dict.get("campaign_id", UNSET)
                agent_id = src_dict.get("agent_id", UNSET)
                settings = src_dict.get("settings", UNSET)

            if settings is not UNSET:
                _field = "settings"
                settings = _models.CallSettings.from_dict(settings)

            if _whole or len(src_dict) == 1 + (campaign_id is not UNSET) + (agent_id is not UNSET) + (
                settings is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.phone_number = phone_number
        _model.campaign_id = campaign_id
        _model.agent_id = agent_id
        _model.settings = settings
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

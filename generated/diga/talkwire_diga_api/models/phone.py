from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..models.phone_status import PhoneStatus
from ..models.telephony_provider import TelephonyProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_config import SipConfig


T = TypeVar("T", bound="Phone")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_telephony_provider_member = TelephonyProvider._value2member_map_.get
_phone_status_member = PhoneStatus._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "number",
        "telephony_provider",
        "status",
        "nickname",
        "released_at",
        "scheduled_release_at",
        "assigned_at",
        "inbound_agent_id",
        "outbound_agent_id",
        "sip_config",
        "checkout_url",
        "reservation_expires_at",
        "region_codes",
    )
)


@_attrs_define
class Phone:
    """A project phone number (phone register). Vendor schema `PhoneRegisterResponseSchema`.

    Attributes:
        id (UUID):
        number (str): E.164 number or SIP identifier.
        telephony_provider (TelephonyProvider): `netelip`: number bought through Diga; `custom`: imported (bring your
            own SIP).
        status (PhoneStatus): Lifecycle of a phone number (vendor enum `PhoneRegisterStatus`): `reserved` (held during
            checkout) → `pending_verification` (paid, awaiting company verification) → `assigned` → `released` (30-day cool-
            down) → `finished` (back in the pool, terminal).
        nickname (None | str | Unset): Display name of the number.
        released_at (datetime.datetime | None | Unset): When the number was released.
        scheduled_release_at (datetime.datetime | None | Unset): Set when a release is pending at period end.
        assigned_at (datetime.datetime | None | Unset): When the number was assigned to the project.
        inbound_agent_id (None | Unset | UUID): Agent answering calls to this number.
        outbound_agent_id (None | Unset | UUID): Agent placing calls from this number.
        sip_config (None | SipConfig | Unset): Imported phones only.
        checkout_url (None | str | Unset): Only for `reserved` numbers with open checkout.
        reservation_expires_at (datetime.datetime | None | Unset): Only for `reserved` numbers.
        region_codes (list[str] | Unset): Spanish region codes of a landline prefix (Ceuta/Melilla may give two); empty
            for mobiles.
    """

    id: UUID
    number: str
    telephony_provider: TelephonyProvider
    status: PhoneStatus
    nickname: None | str | Unset = UNSET
    released_at: datetime.datetime | None | Unset = UNSET
    scheduled_release_at: datetime.datetime | None | Unset = UNSET
    assigned_at: datetime.datetime | None | Unset = UNSET
    inbound_agent_id: None | Unset | UUID = UNSET
    outbound_agent_id: None | Unset | UUID = UNSET
    sip_config: None | SipConfig | Unset = UNSET
    checkout_url: None | str | Unset = UNSET
    reservation_expires_at: datetime.datetime | None | Unset = UNSET
    region_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sip_config import SipConfig

        id = str(self.id)

        number = self.number

        telephony_provider = self.telephony_provider.value

        status = self.status.value

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        released_at: None | str | Unset
        if isinstance(self.released_at, Unset):
            released_at = UNSET
        elif isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        scheduled_release_at: None | str | Unset
        if isinstance(self.scheduled_release_at, Unset):
            scheduled_release_at = UNSET
        elif isinstance(self.scheduled_release_at, datetime.datetime):
            scheduled_release_at = self.scheduled_release_at.isoformat()
        else:
            scheduled_release_at = self.scheduled_release_at

        assigned_at: None | str | Unset
        if isinstance(self.assigned_at, Unset):
            assigned_at = UNSET
        elif isinstance(self.assigned_at, datetime.datetime):
            assigned_at = self.assigned_at.isoformat()
        else:
            assigned_at = self.assigned_at

        inbound_agent_id: None | str | Unset
        if isinstance(self.inbound_agent_id, Unset):
            inbound_agent_id = UNSET
        elif isinstance(self.inbound_agent_id, UUID):
            inbound_agent_id = str(self.inbound_agent_id)
        else:
            inbound_agent_id = self.inbound_agent_id

        outbound_agent_id: None | str | Unset
        if isinstance(self.outbound_agent_id, Unset):
            outbound_agent_id = UNSET
        elif isinstance(self.outbound_agent_id, UUID):
            outbound_agent_id = str(self.outbound_agent_id)
        else:
            outbound_agent_id = self.outbound_agent_id

        sip_config: dict[str, Any] | None | Unset
        if isinstance(self.sip_config, Unset):
            sip_config = UNSET
        elif isinstance(self.sip_config, SipConfig):
            sip_config = self.sip_config.to_dict()
        else:
            sip_config = self.sip_config

        checkout_url: None | str | Unset
        if isinstance(self.checkout_url, Unset):
            checkout_url = UNSET
        else:
            checkout_url = self.checkout_url

        reservation_expires_at: None | str | Unset
        if isinstance(self.reservation_expires_at, Unset):
            reservation_expires_at = UNSET
        elif isinstance(self.reservation_expires_at, datetime.datetime):
            reservation_expires_at = self.reservation_expires_at.isoformat()
        else:
            reservation_expires_at = self.reservation_expires_at

        region_codes: list[str] | Unset = UNSET
        if not isinstance(self.region_codes, Unset):
            region_codes = self.region_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "telephony_provider": telephony_provider,
                "status": status,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        if scheduled_release_at is not UNSET:
            field_dict["scheduled_release_at"] = scheduled_release_at
        if assigned_at is not UNSET:
            field_dict["assigned_at"] = assigned_at
        if inbound_agent_id is not UNSET:
            field_dict["inbound_agent_id"] = inbound_agent_id
        if outbound_agent_id is not UNSET:
            field_dict["outbound_agent_id"] = outbound_agent_id
        if sip_config is not UNSET:
            field_dict["sip_config"] = sip_config
        if checkout_url is not UNSET:
            field_dict["checkout_url"] = checkout_url
        if reservation_expires_at is not UNSET:
            field_dict["reservation_expires_at"] = reservation_expires_at
        if region_codes is not UNSET:
            field_dict["region_codes"] = region_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            number = src_dict["number"]

            _field = "telephony_provider"
            telephony_provider = src_dict["telephony_provider"]
            telephony_provider = _telephony_provider_member(telephony_provider) or TelephonyProvider(telephony_provider)

            _field = "status"
            status = src_dict["status"]
            status = _phone_status_member(status) or PhoneStatus(status)

            _whole = len(src_dict) == 14
            if _whole:
                try:
                    nickname = src_dict["nickname"]
                    released_at = src_dict["released_at"]
                    scheduled_release_at = src_dict["scheduled_release_at"]
                    assigned_at = src_dict["assigned_at"]
                    inbound_agent_id = src_dict["inbound_agent_id"]
                    outbound_agent_id = src_dict["outbound_agent_id"]
                    sip_config = src_dict["sip_config"]
                    checkout_url = src_dict["checkout_url"]
                    reservation_expires_at = src_dict["reservation_expires_at"]
                    region_codes = src_dict["region_codes"]
                except KeyError:
                    _whole = False
            if not _whole:
                nickname = src_dict.get("nickname", UNSET)
                released_at = src_dict.get("released_at", UNSET)
                scheduled_release_at = src_dict.get("scheduled_release_at", UNSET)
                assigned_at = src_dict.get("assigned_at", UNSET)
                inbound_agent_id = src_dict.get("inbound_agent_id", UNSET)
                outbound_agent_id = src_dict.get("outbound_agent_id", UNSET)
                sip_config = src_dict.get("sip_config", UNSET)
                checkout_url = src_dict.get("checkout_url", UNSET)
                reservation_expires_at = src_dict.get("reservation_expires_at", UNSET)
                region_codes = src_dict.get("region_codes", UNSET)

            if released_at is not UNSET and released_at is not None:
                _field = "released_at"
                try:
                    released_at = _fromisoformat(released_at)
                except ValueError:
                    released_at = _datetime_fallback(released_at)

            if scheduled_release_at is not UNSET and scheduled_release_at is not None:
                _field = "scheduled_release_at"
                try:
                    scheduled_release_at = _fromisoformat(scheduled_release_at)
                except ValueError:
                    scheduled_release_at = _datetime_fallback(scheduled_release_at)

            if assigned_at is not UNSET and assigned_at is not None:
                _field = "assigned_at"
                try:
                    assigned_at = _fromisoformat(assigned_at)
                except ValueError:
                    assigned_at = _datetime_fallback(assigned_at)

            if inbound_agent_id is not UNSET and inbound_agent_id is not None:
                _field = "inbound_agent_id"
                inbound_agent_id = _uuid_from_wire(inbound_agent_id)

            if outbound_agent_id is not UNSET and outbound_agent_id is not None:
                _field = "outbound_agent_id"
                outbound_agent_id = _uuid_from_wire(outbound_agent_id)

            if sip_config is not UNSET and sip_config is not None:
                _field = "sip_config"
                sip_config = _models.SipConfig.from_dict(sip_config)

            if reservation_expires_at is not UNSET and reservation_expires_at is not None:
                _field = "reservation_expires_at"
                try:
                    reservation_expires_at = _fromisoformat(reservation_expires_at)
                except ValueError:
                    reservation_expires_at = _datetime_fallback(reservation_expires_at)

            if _whole or len(src_dict) == 4 + (nickname is not UNSET) + (released_at is not UNSET) + (
                scheduled_release_at is not UNSET
            ) + (assigned_at is not UNSET) + (inbound_agent_id is not UNSET) + (outbound_agent_id is not UNSET) + (
                sip_config is not UNSET
            ) + (checkout_url is not UNSET) + (reservation_expires_at is not UNSET) + (region_codes is not UNSET):
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
        _model.number = number
        _model.telephony_provider = telephony_provider
        _model.status = status
        _model.nickname = nickname
        _model.released_at = released_at
        _model.scheduled_release_at = scheduled_release_at
        _model.assigned_at = assigned_at
        _model.inbound_agent_id = inbound_agent_id
        _model.outbound_agent_id = outbound_agent_id
        _model.sip_config = sip_config
        _model.checkout_url = checkout_url
        _model.reservation_expires_at = reservation_expires_at
        _model.region_codes = region_codes
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

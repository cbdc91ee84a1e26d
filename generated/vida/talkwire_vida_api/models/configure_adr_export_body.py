from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigureAdrExportBody")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("deliveryProtocol", "rotationMinutes", "host", "port", "username", "password", "path"))


@_attrs_define
class ConfigureAdrExportBody:
    """
    Attributes:
        delivery_protocol (str): SFTP, FTPS, or FTP Example: sftp.
        rotation_minutes (str): How many minutes of records should be contained in each file Default: '60'. Example:
            somekey.
        host (str): hostname or IP address where to ship the ADR files to Example: sftp.domain.com.
        port (int): Port for the SFTP or FTP service Example: 2202.
        username (str): username for the sftp or ftp account Example: someuser.
        password (str): password for the sftp or ftp account Example: somepassword.
        path (str | Unset): Folder path to deposit the files to. Defaults to the users home directory Example: /path/.
    """

    delivery_protocol: str
    host: str
    port: int
    username: str
    password: str
    rotation_minutes: str = "60"
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_protocol = self.delivery_protocol

        rotation_minutes = self.rotation_minutes

        host = self.host

        port = self.port

        username = self.username

        password = self.password

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryProtocol": delivery_protocol,
                "rotationMinutes": rotation_minutes,
                "host": host,
                "port": port,
                "username": username,
                "password": password,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            delivery_protocol = src_dict["deliveryProtocol"]

            rotation_minutes = src_dict["rotationMinutes"]

            host = src_dict["host"]

            port = src_dict["port"]

            username = src_dict["username"]

            password = src_dict["password"]

            _whole = len(src_dict) == 7
            if _whole:
                try:
                    path = src_dict["path"]
                except KeyError:
                    _whole = False
            if not _whole:
                path = src_dict.get("path", UNSET)

            if _whole or len(src_dict) == 6 + (path is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.delivery_protocol = delivery_protocol
        _model.rotation_minutes = rotation_minutes
        _model.host = host
        _model.port = port
        _model.username = username
        _model.password = password
        _model.path = path
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
)

if TYPE_CHECKING:
    from ..models.integration_app_data import IntegrationAppData


T = TypeVar("T", bound="Integration")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("appId", "appVersion", "appData"))


@_attrs_define
class Integration:
    """A third-party app integration to set up on a new organization or account.

    Attributes:
        app_id (str):  Example: someappId.
        app_version (str):  Example: v1.
        app_data (IntegrationAppData): Key/value settings specific to the integration Example: {'apiToken':
            'appsApiToken'}.
    """

    app_id: str
    app_version: str
    app_data: IntegrationAppData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_version = self.app_version

        app_data = self.app_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "appVersion": app_version,
                "appData": app_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            app_id = src_dict["appId"]

            app_version = src_dict["appVersion"]

            _field = "appData"
            app_data = _models.IntegrationAppData.from_dict(src_dict["appData"])

            if len(src_dict) == 3:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = cls.__new__(cls)
        _model.app_id = app_id
        _model.app_version = app_version
        _model.app_data = app_data
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

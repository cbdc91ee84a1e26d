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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CopyIntegrationTemplateRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "api_key", "base_url", "variables"))


@_attrs_define
class CopyIntegrationTemplateRequest:
    """Values for creating an integration from a template.

    Attributes:
        name (None | str | Unset):
        api_key (None | str | Unset): API key for the new integration (a secret).
        base_url (None | str | Unset):
        variables (JsonObject | None | Unset):
    """

    name: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    variables: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, JsonObject):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 4
            if _whole:
                try:
                    name = src_dict["name"]
                    api_key = src_dict["api_key"]
                    base_url = src_dict["base_url"]
                    variables = src_dict["variables"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                api_key = src_dict.get("api_key", UNSET)
                base_url = src_dict.get("base_url", UNSET)
                variables = src_dict.get("variables", UNSET)

            if variables is not UNSET and variables is not None:
                _field = "variables"
                variables = _models.JsonObject.from_dict(variables)

            if _whole or len(src_dict) == (name is not UNSET) + (api_key is not UNSET) + (base_url is not UNSET) + (
                variables is not UNSET
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
        _model.name = name
        _model.api_key = api_key
        _model.base_url = base_url
        _model.variables = variables
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

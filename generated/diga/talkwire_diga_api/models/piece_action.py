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


T = TypeVar("T", bound="PieceAction")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("name", "displayName", "description", "requireAuth", "props", "errorHandlingOptions"))


@_attrs_define
class PieceAction:
    """An action a piece offers. Vendor schema `PieceActionDefinition`.

    Attributes:
        name (None | str | Unset):
        display_name (None | str | Unset):
        description (None | str | Unset):
        require_auth (bool | None | Unset):
        props (JsonObject | None | Unset):
        error_handling_options (JsonObject | None | Unset):
    """

    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    require_auth: bool | None | Unset = UNSET
    props: JsonObject | None | Unset = UNSET
    error_handling_options: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        require_auth: bool | None | Unset
        if isinstance(self.require_auth, Unset):
            require_auth = UNSET
        else:
            require_auth = self.require_auth

        props: dict[str, Any] | None | Unset
        if isinstance(self.props, Unset):
            props = UNSET
        elif isinstance(self.props, JsonObject):
            props = self.props.to_dict()
        else:
            props = self.props

        error_handling_options: dict[str, Any] | None | Unset
        if isinstance(self.error_handling_options, Unset):
            error_handling_options = UNSET
        elif isinstance(self.error_handling_options, JsonObject):
            error_handling_options = self.error_handling_options.to_dict()
        else:
            error_handling_options = self.error_handling_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if require_auth is not UNSET:
            field_dict["requireAuth"] = require_auth
        if props is not UNSET:
            field_dict["props"] = props
        if error_handling_options is not UNSET:
            field_dict["errorHandlingOptions"] = error_handling_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _whole = len(src_dict) == 6
            if _whole:
                try:
                    name = src_dict["name"]
                    display_name = src_dict["displayName"]
                    description = src_dict["description"]
                    require_auth = src_dict["requireAuth"]
                    props = src_dict["props"]
                    error_handling_options = src_dict["errorHandlingOptions"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                display_name = src_dict.get("displayName", UNSET)
                description = src_dict.get("description", UNSET)
                require_auth = src_dict.get("requireAuth", UNSET)
                props = src_dict.get("props", UNSET)
                error_handling_options = src_dict.get("errorHandlingOptions", UNSET)

            if props is not UNSET and props is not None:
                _field = "props"
                props = _models.JsonObject.from_dict(props)

            if error_handling_options is not UNSET and error_handling_options is not None:
                _field = "errorHandlingOptions"
                error_handling_options = _models.JsonObject.from_dict(error_handling_options)

            if _whole or len(src_dict) == (name is not UNSET) + (display_name is not UNSET) + (
                description is not UNSET
            ) + (require_auth is not UNSET) + (props is not UNSET) + (error_handling_options is not UNSET):
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
        _model.display_name = display_name
        _model.description = description
        _model.require_auth = require_auth
        _model.props = props
        _model.error_handling_options = error_handling_options
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="PieceAction")


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
        from ..models.json_object import JsonObject

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_require_auth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_auth = _parse_require_auth(d.pop("requireAuth", UNSET))

        def _parse_props(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                props_type_0 = JsonObject.from_dict(data)

                return props_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        props = _parse_props(d.pop("props", UNSET))

        def _parse_error_handling_options(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_handling_options_type_0 = JsonObject.from_dict(data)

                return error_handling_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        error_handling_options = _parse_error_handling_options(d.pop("errorHandlingOptions", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.display_name = display_name
        _model.description = description
        _model.require_auth = require_auth
        _model.props = props
        _model.error_handling_options = error_handling_options

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.piece_trigger_type import PieceTriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="PieceTrigger")


@_attrs_define
class PieceTrigger:
    """A trigger a piece offers. Vendor schema `PieceTriggerDefinition`.

    Attributes:
        name (None | str | Unset):
        display_name (None | str | Unset):
        description (None | str | Unset):
        type_ (None | PieceTriggerType | Unset): POLLING, WEBHOOK or APP_WEBHOOK.
        test_strategy (None | str | Unset):
        props (JsonObject | None | Unset):
        sample_data (Any | Unset):
        handshake_configuration (JsonObject | None | Unset):
        renew_configuration (JsonObject | None | Unset):
    """

    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: None | PieceTriggerType | Unset = UNSET
    test_strategy: None | str | Unset = UNSET
    props: JsonObject | None | Unset = UNSET
    sample_data: Any | Unset = UNSET
    handshake_configuration: JsonObject | None | Unset = UNSET
    renew_configuration: JsonObject | None | Unset = UNSET
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PieceTriggerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        test_strategy: None | str | Unset
        if isinstance(self.test_strategy, Unset):
            test_strategy = UNSET
        else:
            test_strategy = self.test_strategy

        props: dict[str, Any] | None | Unset
        if isinstance(self.props, Unset):
            props = UNSET
        elif isinstance(self.props, JsonObject):
            props = self.props.to_dict()
        else:
            props = self.props

        sample_data = self.sample_data

        handshake_configuration: dict[str, Any] | None | Unset
        if isinstance(self.handshake_configuration, Unset):
            handshake_configuration = UNSET
        elif isinstance(self.handshake_configuration, JsonObject):
            handshake_configuration = self.handshake_configuration.to_dict()
        else:
            handshake_configuration = self.handshake_configuration

        renew_configuration: dict[str, Any] | None | Unset
        if isinstance(self.renew_configuration, Unset):
            renew_configuration = UNSET
        elif isinstance(self.renew_configuration, JsonObject):
            renew_configuration = self.renew_configuration.to_dict()
        else:
            renew_configuration = self.renew_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if test_strategy is not UNSET:
            field_dict["testStrategy"] = test_strategy
        if props is not UNSET:
            field_dict["props"] = props
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data
        if handshake_configuration is not UNSET:
            field_dict["handshakeConfiguration"] = handshake_configuration
        if renew_configuration is not UNSET:
            field_dict["renewConfiguration"] = renew_configuration

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

        def _parse_type_(data: object) -> None | PieceTriggerType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PieceTriggerType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PieceTriggerType")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_test_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_strategy = _parse_test_strategy(d.pop("testStrategy", UNSET))

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

        sample_data = d.pop("sampleData", UNSET)

        def _parse_handshake_configuration(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handshake_configuration_type_0 = JsonObject.from_dict(data)

                return handshake_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        handshake_configuration = _parse_handshake_configuration(d.pop("handshakeConfiguration", UNSET))

        def _parse_renew_configuration(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                renew_configuration_type_0 = JsonObject.from_dict(data)

                return renew_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid JsonObject | None")

        renew_configuration = _parse_renew_configuration(d.pop("renewConfiguration", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.display_name = display_name
        _model.description = description
        _model.type_ = type_
        _model.test_strategy = test_strategy
        _model.props = props
        _model.sample_data = sample_data
        _model.handshake_configuration = handshake_configuration
        _model.renew_configuration = renew_configuration

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

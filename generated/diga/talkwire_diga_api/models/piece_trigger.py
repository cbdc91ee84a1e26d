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
from ..models.piece_trigger_type import PieceTriggerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="PieceTrigger")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_piece_trigger_type_member = PieceTriggerType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "displayName",
        "description",
        "type",
        "testStrategy",
        "props",
        "sampleData",
        "handshakeConfiguration",
        "renewConfiguration",
    )
)


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
        _field: str | None = None
        try:
            _whole = len(src_dict) == 9
            if _whole:
                try:
                    name = src_dict["name"]
                    display_name = src_dict["displayName"]
                    description = src_dict["description"]
                    type_ = src_dict["type"]
                    test_strategy = src_dict["testStrategy"]
                    props = src_dict["props"]
                    sample_data = src_dict["sampleData"]
                    handshake_configuration = src_dict["handshakeConfiguration"]
                    renew_configuration = src_dict["renewConfiguration"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                display_name = src_dict.get("displayName", UNSET)
                description = src_dict.get("description", UNSET)
                type_ = src_dict.get("type", UNSET)
                test_strategy = src_dict.get("testStrategy", UNSET)
                props = src_dict.get("props", UNSET)
                sample_data = src_dict.get("sampleData", UNSET)
                handshake_configuration = src_dict.get("handshakeConfiguration", UNSET)
                renew_configuration = src_dict.get("renewConfiguration", UNSET)

            if type_ is not UNSET and type_ is not None:
                _field = "type"
                type_ = _piece_trigger_type_member(type_) or PieceTriggerType(type_)

            if props is not UNSET and props is not None:
                _field = "props"
                props = _models.JsonObject.from_dict(props)

            if handshake_configuration is not UNSET and handshake_configuration is not None:
                _field = "handshakeConfiguration"
                handshake_configuration = _models.JsonObject.from_dict(handshake_configuration)

            if renew_configuration is not UNSET and renew_configuration is not None:
                _field = "renewConfiguration"
                renew_configuration = _models.JsonObject.from_dict(renew_configuration)

            if _whole or len(src_dict) == (name is not UNSET) + (display_name is not UNSET) + (
                description is not UNSET
            ) + (type_ is not UNSET) + (test_strategy is not UNSET) + (props is not UNSET) + (
                sample_data is not UNSET
            ) + (handshake_configuration is not UNSET) + (renew_configuration is not UNSET):
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
        _model.type_ = type_
        _model.test_strategy = test_strategy
        _model.props = props
        _model.sample_data = sample_data
        _model.handshake_configuration = handshake_configuration
        _model.renew_configuration = renew_configuration
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

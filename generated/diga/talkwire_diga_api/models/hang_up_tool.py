from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HangUpTool")


@_attrs_define
class HangUpTool:
    """Built-in tool that hangs up the call. The vendor forbids extra properties on this object (not enforced here). Vendor
    schema `HangUpToolSchema`.

        Attributes:
            name (str): Slug; accents/spaces normalised by server.
            type_ (Literal['hang_up'] | Unset): Always `hang_up`. Default: 'hang_up'.
            description (None | str | Unset): When the agent should use the tool.
    """

    name: str
    type_: Literal["hang_up"] | Unset = "hang_up"
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["hang_up"] | Unset, d.pop("type", UNSET))
        if type_ != "hang_up" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'hang_up', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _model = cls.__new__(cls)
        _model.name = name
        _model.type_ = type_
        _model.description = description

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.restore_agent_version_body_target import RestoreAgentVersionBodyTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreAgentVersionBody")


@_attrs_define
class RestoreAgentVersionBody:
    """
    Attributes:
        target (RestoreAgentVersionBodyTarget | Unset):  Default: RestoreAgentVersionBodyTarget.STAGING.
    """

    target: RestoreAgentVersionBodyTarget | Unset = RestoreAgentVersionBodyTarget.STAGING
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _target = d.pop("target", UNSET)
        target: RestoreAgentVersionBodyTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = RestoreAgentVersionBodyTarget(_target)

        _model = cls.__new__(cls)
        _model.target = target

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

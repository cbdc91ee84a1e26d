from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_agent_configuration_body_mode import ReviewAgentConfigurationBodyMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_agent_configuration_body_fields_item import ReviewAgentConfigurationBodyFieldsItem


T = TypeVar("T", bound="ReviewAgentConfigurationBody")


@_attrs_define
class ReviewAgentConfigurationBody:
    """
    Attributes:
        mode (ReviewAgentConfigurationBodyMode):  Default: ReviewAgentConfigurationBodyMode.FIELDS.
        template_id (str | Unset): Required for fields mode if agentId is not provided.
        agent_id (str | Unset): Optional in fields mode, required in agent mode.
        fields (list[ReviewAgentConfigurationBodyFieldsItem] | Unset): Only for fields mode. Minimal entries: { key,
            value }. Value is ignored when agentId is provided.
    """

    mode: ReviewAgentConfigurationBodyMode = ReviewAgentConfigurationBodyMode.FIELDS
    template_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    fields: list[ReviewAgentConfigurationBodyFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        template_id = self.template_id

        agent_id = self.agent_id

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.review_agent_configuration_body_fields_item import ReviewAgentConfigurationBodyFieldsItem

        d = dict(src_dict)
        mode = ReviewAgentConfigurationBodyMode(d.pop("mode"))

        template_id = d.pop("templateId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[ReviewAgentConfigurationBodyFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ReviewAgentConfigurationBodyFieldsItem.from_dict(fields_item_data)

                fields.append(fields_item)

        _model = cls.__new__(cls)
        _model.mode = mode
        _model.template_id = template_id
        _model.agent_id = agent_id
        _model.fields = fields

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

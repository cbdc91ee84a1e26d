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
from ..models.review_agent_configuration_body_mode import ReviewAgentConfigurationBodyMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_agent_configuration_body_fields_item import ReviewAgentConfigurationBodyFieldsItem


T = TypeVar("T", bound="ReviewAgentConfigurationBody")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_review_agent_configuration_body_mode_member = ReviewAgentConfigurationBodyMode._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("mode", "templateId", "agentId", "fields"))


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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "mode"
            mode = src_dict["mode"]
            mode = _review_agent_configuration_body_mode_member(mode) or ReviewAgentConfigurationBodyMode(mode)

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    template_id = src_dict["templateId"]
                    agent_id = src_dict["agentId"]
                    fields = src_dict["fields"]
                except KeyError:
                    _whole = False
            if not _whole:
                template_id = src_dict.get("templateId", UNSET)
                agent_id = src_dict.get("agentId", UNSET)
                fields = src_dict.get("fields", UNSET)

            if fields is not UNSET:
                _field = "fields"
                _items = []
                _read_item = _models.ReviewAgentConfigurationBodyFieldsItem.from_dict
                for _item in fields:
                    _items.append(_read_item(_item))
                fields = _items
                _items = None

            if _whole or len(src_dict) == 1 + (template_id is not UNSET) + (agent_id is not UNSET) + (
                fields is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.mode = mode
        _model.template_id = template_id
        _model.agent_id = agent_id
        _model.fields = fields
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _uuid_from_wire,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_variables import DynamicVariables


T = TypeVar("T", bound="CreateCallRequest")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("from_number", "to_number", "dynamic_variables", "agent_version_id"))


@_attrs_define
class CreateCallRequest:
    """Starts an outbound call. Vendor schema `CallRequest`.

    Attributes:
        from_number (str): Owned number (E.164) or phone-register UUID.
        to_number (str): E.164; Spanish numbers only.
        dynamic_variables (DynamicVariables | None | Unset): Values substituted into the prompt.
        agent_version_id (None | Unset | UUID): Overrides the phone's outbound agent.
    """

    from_number: str
    to_number: str
    dynamic_variables: DynamicVariables | None | Unset = UNSET
    agent_version_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dynamic_variables import DynamicVariables

        from_number = self.from_number

        to_number = self.to_number

        dynamic_variables: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_variables, Unset):
            dynamic_variables = UNSET
        elif isinstance(self.dynamic_variables, DynamicVariables):
            dynamic_variables = self.dynamic_variables.to_dict()
        else:
            dynamic_variables = self.dynamic_variables

        agent_version_id: None | str | Unset
        if isinstance(self.agent_version_id, Unset):
            agent_version_id = UNSET
        elif isinstance(self.agent_version_id, UUID):
            agent_version_id = str(self.agent_version_id)
        else:
            agent_version_id = self.agent_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_number": from_number,
                "to_number": to_number,
            }
        )
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if agent_version_id is not UNSET:
            field_dict["agent_version_id"] = agent_version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            from_number = src_dict["from_number"]

            to_number = src_dict["to_number"]

            _whole = len(src_dict) == 4
            if _whole:
                try:
                    dynamic_variables = src_dict["dynamic_variables"]
                    agent_version_id = src_dict["agent_version_id"]
                except KeyError:
                    _whole = False
            if not _whole:
                dynamic_variables = src_dict.get("dynamic_variables", UNSET)
                agent_version_id = src_dict.get("agent_version_id", UNSET)
            if dynamic_variables is not UNSET and dynamic_variables is not None:
                _field = "dynamic_variables"
                dynamic_variables = _models.DynamicVariables.from_dict(dynamic_variables)

            if agent_version_id is not UNSET and agent_version_id is not None:
                _field = "agent_version_id"
                agent_version_id = _uuid_from_wire(agent_version_id)

            if _whole or len(src_dict) == 2 + (dynamic_variables is not UNSET) + (agent_version_id is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.from_number = from_number
        _model.to_number = to_number
        _model.dynamic_variables = dynamic_variables
        _model.agent_version_id = agent_version_id
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_variables import DynamicVariables


T = TypeVar("T", bound="CreateCallRequest")


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
        from ..models.dynamic_variables import DynamicVariables

        d = dict(src_dict)
        from_number = d.pop("from_number")

        to_number = d.pop("to_number")

        def _parse_dynamic_variables(data: object) -> DynamicVariables | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_variables_type_0 = DynamicVariables.from_dict(data)

                return dynamic_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid DynamicVariables | None")

        dynamic_variables = _parse_dynamic_variables(d.pop("dynamic_variables", UNSET))

        def _parse_agent_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_version_id_type_0 = UUID(data)

                return agent_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | UUID")

        agent_version_id = _parse_agent_version_id(d.pop("agent_version_id", UNSET))

        _model = cls.__new__(cls)
        _model.from_number = from_number
        _model.to_number = to_number
        _model.dynamic_variables = dynamic_variables
        _model.agent_version_id = agent_version_id

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

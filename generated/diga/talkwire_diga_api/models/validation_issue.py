from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_issue_params import ValidationIssueParams


T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """A problem found in a draft configuration. Vendor schema `ValidationIssueSchema`.

    Attributes:
        message_code (str):
        message (str):
        params (None | Unset | ValidationIssueParams):
    """

    message_code: str
    message: str
    params: None | Unset | ValidationIssueParams = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_issue_params import ValidationIssueParams

        message_code = self.message_code

        message = self.message

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ValidationIssueParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_code": message_code,
                "message": message,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_issue_params import ValidationIssueParams

        d = dict(src_dict)
        message_code = d.pop("message_code")

        message = d.pop("message")

        def _parse_params(data: object) -> None | Unset | ValidationIssueParams:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ValidationIssueParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | ValidationIssueParams")

        params = _parse_params(d.pop("params", UNSET))

        _model = cls.__new__(cls)
        _model.message_code = message_code
        _model.message = message
        _model.params = params

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

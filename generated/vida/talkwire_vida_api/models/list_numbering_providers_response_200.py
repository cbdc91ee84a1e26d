from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_numbering_providers_response_200_numbering_providers_item import (
        ListNumberingProvidersResponse200NumberingProvidersItem,
    )


T = TypeVar("T", bound="ListNumberingProvidersResponse200")


@_attrs_define
class ListNumberingProvidersResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Numbering providers fetched successfully.
        numbering_providers (list[ListNumberingProvidersResponse200NumberingProvidersItem] | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    numbering_providers: list[ListNumberingProvidersResponse200NumberingProvidersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        numbering_providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbering_providers, Unset):
            numbering_providers = []
            for numbering_providers_item_data in self.numbering_providers:
                numbering_providers_item = numbering_providers_item_data.to_dict()
                numbering_providers.append(numbering_providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if numbering_providers is not UNSET:
            field_dict["numberingProviders"] = numbering_providers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_numbering_providers_response_200_numbering_providers_item import (
            ListNumberingProvidersResponse200NumberingProvidersItem,
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _numbering_providers = d.pop("numberingProviders", UNSET)
        numbering_providers: list[ListNumberingProvidersResponse200NumberingProvidersItem] | Unset = UNSET
        if _numbering_providers is not UNSET:
            numbering_providers = []
            for numbering_providers_item_data in _numbering_providers:
                numbering_providers_item = ListNumberingProvidersResponse200NumberingProvidersItem.from_dict(
                    numbering_providers_item_data
                )

                numbering_providers.append(numbering_providers_item)

        _model = cls.__new__(cls)
        _model.success = success
        _model.message = message
        _model.numbering_providers = numbering_providers

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

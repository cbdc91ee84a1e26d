from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
)

T = TypeVar("T", bound="ValidationError")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("loc", "msg", "type"))


@_attrs_define
class ValidationError:
    """One invalid input of a request.

    Attributes:
        loc (list[int | str]): Location of the invalid input, e.g. `["query", "limit"]` or `["body", "call_ids", 0]`.
        msg (str): Human-readable message.
        type_ (str): Error type, e.g. `uuid_parsing`.
    """

    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data

            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _field = "loc"
            _items = []
            for _item in src_dict["loc"]:
                _items.append(_item)
            loc = _items
            _items = None

            msg = src_dict["msg"]

            type_ = src_dict["type"]

            if len(src_dict) == 3:
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = cls.__new__(cls)
        _model.loc = loc
        _model.msg = msg
        _model.type_ = type_
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

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_conversation_logs_response_200_logs_item import ListConversationLogsResponse200LogsItem
    from ..models.list_conversation_logs_response_200_pagination import ListConversationLogsResponse200Pagination


T = TypeVar("T", bound="ListConversationLogsResponse200")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("success", "message", "logs", "count", "totalCount", "pagination", "schema"))


@_attrs_define
class ListConversationLogsResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Success.
        logs (list[ListConversationLogsResponse200LogsItem] | Unset): Array of log entries with restricted fields
            removed based on caller scope.
        count (int | Unset):  Example: 20.
        total_count (int | Unset):  Example: 5231.
        pagination (ListConversationLogsResponse200Pagination | Unset):
        schema (list[str] | Unset): Returned only when includeFields is truthy. The inferred list of available fields.
            Example: ['id', 'timestamp', 'account_id', 'org_id', 'eventType', 'metadata'].
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    logs: list[ListConversationLogsResponse200LogsItem] | Unset = UNSET
    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    pagination: ListConversationLogsResponse200Pagination | Unset = UNSET
    schema: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        count = self.count

        total_count = self.total_count

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        schema: list[str] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if logs is not UNSET:
            field_dict["logs"] = logs
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 7
            if _whole:
                try:
                    success = src_dict["success"]
                    message = src_dict["message"]
                    logs = src_dict["logs"]
                    count = src_dict["count"]
                    total_count = src_dict["totalCount"]
                    pagination = src_dict["pagination"]
                    schema = src_dict["schema"]
                except KeyError:
                    _whole = False
            if not _whole:
                success = src_dict.get("success", UNSET)
                message = src_dict.get("message", UNSET)
                logs = src_dict.get("logs", UNSET)
                count = src_dict.get("count", UNSET)
                total_count = src_dict.get("totalCount", UNSET)
                pagination = src_dict.get("pagination", UNSET)
                schema = src_dict.get("schema", UNSET)

            if logs is not UNSET:
                _field = "logs"
                _items = []
                _read_item = _models.ListConversationLogsResponse200LogsItem.from_dict
                for _item in logs:
                    _items.append(_read_item(_item))
                logs = _items
                _items = None

            if pagination is not UNSET:
                _field = "pagination"
                pagination = _models.ListConversationLogsResponse200Pagination.from_dict(pagination)

            if _whole or len(src_dict) == (success is not UNSET) + (message is not UNSET) + (logs is not UNSET) + (
                count is not UNSET
            ) + (total_count is not UNSET) + (pagination is not UNSET) + (schema is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.success = success
        _model.message = message
        _model.logs = logs
        _model.count = count
        _model.total_count = total_count
        _model.pagination = pagination
        _model.schema = schema
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

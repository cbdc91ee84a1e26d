from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _uuid_from_wire,
)
from ..models.conversation_medium import ConversationMedium
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_department import ConversationDepartment
    from ..models.conversation_user import ConversationUser


T = TypeVar("T", bound="ConversationListItem")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_conversation_medium_member = ConversationMedium._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    ("id", "title", "date", "duration", "medium", "company", "sentiment", "conversation_type", "department", "user")
)


@_attrs_define
class ConversationListItem:
    """A conversation as listed by `listConversations`.

    Attributes:
        id (UUID):
        title (str):
        date (datetime.datetime): Start time of the conversation.
        duration (int): Duration in seconds (unit inferred from 1800 for a call).
        medium (ConversationMedium): How the conversation took place (documented values).
        company (str | Unset): External company name.
        sentiment (str | Unset): Overall sentiment, e.g. `positive`. The full set of values is undocumented.
        conversation_type (str | Unset): Conversation type, e.g. `sales`. The full set of values is undocumented.
        department (ConversationDepartment | None | Unset): The conversation's department. The docs always show an
            object; null (no department) is allowed as an inference.
        user (ConversationUser | Unset): The user who owns/recorded the conversation (short form; `name`, not
            `full_name`).
    """

    id: UUID
    title: str
    date: datetime.datetime
    duration: int
    medium: ConversationMedium
    company: str | Unset = UNSET
    sentiment: str | Unset = UNSET
    conversation_type: str | Unset = UNSET
    department: ConversationDepartment | None | Unset = UNSET
    user: ConversationUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_department import ConversationDepartment

        id = str(self.id)

        title = self.title

        date = self.date.isoformat()

        duration = self.duration

        medium = self.medium.value

        company = self.company

        sentiment = self.sentiment

        conversation_type = self.conversation_type

        department: dict[str, Any] | None | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        elif isinstance(self.department, ConversationDepartment):
            department = self.department.to_dict()
        else:
            department = self.department

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "date": date,
                "duration": duration,
                "medium": medium,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if conversation_type is not UNSET:
            field_dict["conversation_type"] = conversation_type
        if department is not UNSET:
            field_dict["department"] = department
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            _field = "id"
            id = _uuid_from_wire(src_dict["id"])

            title = src_dict["title"]

            _field = "date"
            try:
                date = _fromisoformat(src_dict["date"])
            except ValueError:
                date = _datetime_fallback(src_dict["date"])

            duration = src_dict["duration"]

            _field = "medium"
            medium = src_dict["medium"]
            medium = _conversation_medium_member(medium) or ConversationMedium(medium)

            _whole = len(src_dict) == 10
            if _whole:
                try:
                    company = src_dict["company"]
                    sentiment = src_dict["sentiment"]
                    conversation_type = src_dict["conversation_type"]
                    department = src_dict["department"]
                    user = src_dict["user"]
                except KeyError:
                    _whole = False
            if not _whole:
                company = src_dict.get("company", UNSET)
                sentiment = src_dict.get("sentiment", UNSET)
                conversation_type = src_dict.get("conversation_type", UNSET)
                department = src_dict.get("department", UNSET)
                user = src_dict.get("user", UNSET)

            if department is not UNSET and department is not None:
                _field = "department"
                department = _models.ConversationDepartment.from_dict(department)

            if user is not UNSET:
                _field = "user"
                user = _models.ConversationUser.from_dict(user)

            if _whole or len(src_dict) == 5 + (company is not UNSET) + (sentiment is not UNSET) + (
                conversation_type is not UNSET
            ) + (department is not UNSET) + (user is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.title = title
        _model.date = date
        _model.duration = duration
        _model.medium = medium
        _model.company = company
        _model.sentiment = sentiment
        _model.conversation_type = conversation_type
        _model.department = department
        _model.user = user
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

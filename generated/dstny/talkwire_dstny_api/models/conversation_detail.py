from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_medium import ConversationMedium
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_department import ConversationDepartment
    from ..models.conversation_user import ConversationUser
    from ..models.insight import Insight
    from ..models.meta import Meta
    from ..models.participant import Participant
    from ..models.transcript import Transcript


T = TypeVar("T", bound="ConversationDetail")


@_attrs_define
class ConversationDetail:
    """Response of `getConversation`: conversation detail with summary and participants. `transcript` and
    `insights` are present only when requested with `include_transcript` / `include_insights` and allowed
    by the token's scopes; their field names are not documented and are inferred from the transcript and
    insights endpoints.

        Attributes:
            id (UUID):
            title (str):
            date (datetime.datetime): Start time of the conversation.
            duration (int): Duration in seconds (unit inferred from 1800 for a call).
            medium (ConversationMedium): How the conversation took place (documented values).
            field_meta (Meta): Envelope metadata present at the top level of every REST response body.
            company (str | Unset): External company name.
            sentiment (str | Unset): Overall sentiment, e.g. `positive`. The full set of values is undocumented.
            conversation_type (str | Unset): Conversation type, e.g. `sales`. The full set of values is undocumented.
            summary (None | str | Unset): AI summary text. Null before a summary exists is inferred.
            department (ConversationDepartment | None | Unset): The conversation's department. The docs always show an
                object; null (no department) is allowed as an inference.
            user (ConversationUser | Unset): The user who owns/recorded the conversation (short form; `name`, not
                `full_name`).
            participants (list[Participant] | Unset):
            transcript (Transcript | Unset): A conversation's transcript. Also the `transcript` field of
                `ConversationDetail` with `include_transcript=true` (that field name is inferred).
            insights (list[Insight] | Unset): Insights/topics, only with `include_insights=true` and scope `insights` (name
                inferred).
    """

    id: UUID
    title: str
    date: datetime.datetime
    duration: int
    medium: ConversationMedium
    field_meta: Meta
    company: str | Unset = UNSET
    sentiment: str | Unset = UNSET
    conversation_type: str | Unset = UNSET
    summary: None | str | Unset = UNSET
    department: ConversationDepartment | None | Unset = UNSET
    user: ConversationUser | Unset = UNSET
    participants: list[Participant] | Unset = UNSET
    transcript: Transcript | Unset = UNSET
    insights: list[Insight] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_department import ConversationDepartment

        id = str(self.id)

        title = self.title

        date = self.date.isoformat()

        duration = self.duration

        medium = self.medium.value

        field_meta = self.field_meta.to_dict()

        company = self.company

        sentiment = self.sentiment

        conversation_type = self.conversation_type

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

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

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        transcript: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = self.transcript.to_dict()

        insights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.insights, Unset):
            insights = []
            for insights_item_data in self.insights:
                insights_item = insights_item_data.to_dict()
                insights.append(insights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "date": date,
                "duration": duration,
                "medium": medium,
                "_meta": field_meta,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if conversation_type is not UNSET:
            field_dict["conversation_type"] = conversation_type
        if summary is not UNSET:
            field_dict["summary"] = summary
        if department is not UNSET:
            field_dict["department"] = department
        if user is not UNSET:
            field_dict["user"] = user
        if participants is not UNSET:
            field_dict["participants"] = participants
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversation_department import ConversationDepartment
        from ..models.conversation_user import ConversationUser
        from ..models.insight import Insight
        from ..models.meta import Meta
        from ..models.participant import Participant
        from ..models.transcript import Transcript

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        duration = d.pop("duration")

        medium = ConversationMedium(d.pop("medium"))

        field_meta = Meta.from_dict(d.pop("_meta"))

        company = d.pop("company", UNSET)

        sentiment = d.pop("sentiment", UNSET)

        conversation_type = d.pop("conversation_type", UNSET)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_department(data: object) -> ConversationDepartment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = ConversationDepartment.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid ConversationDepartment | None")

        department = _parse_department(d.pop("department", UNSET))

        _user = d.pop("user", UNSET)
        user: ConversationUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ConversationUser.from_dict(_user)

        _participants = d.pop("participants", UNSET)
        participants: list[Participant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = Participant.from_dict(participants_item_data)

                participants.append(participants_item)

        _transcript = d.pop("transcript", UNSET)
        transcript: Transcript | Unset
        if isinstance(_transcript, Unset):
            transcript = UNSET
        else:
            transcript = Transcript.from_dict(_transcript)

        _insights = d.pop("insights", UNSET)
        insights: list[Insight] | Unset = UNSET
        if _insights is not UNSET:
            insights = []
            for insights_item_data in _insights:
                insights_item = Insight.from_dict(insights_item_data)

                insights.append(insights_item)

        _model = cls.__new__(cls)
        _model.id = id
        _model.title = title
        _model.date = date
        _model.duration = duration
        _model.medium = medium
        _model.field_meta = field_meta
        _model.company = company
        _model.sentiment = sentiment
        _model.conversation_type = conversation_type
        _model.summary = summary
        _model.department = department
        _model.user = user
        _model.participants = participants
        _model.transcript = transcript
        _model.insights = insights

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

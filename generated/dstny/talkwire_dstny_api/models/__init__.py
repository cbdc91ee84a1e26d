"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .conversation import Conversation
    from .conversation_completed_data import ConversationCompletedData
    from .conversation_completed_event import ConversationCompletedEvent
    from .conversation_department import ConversationDepartment
    from .conversation_detail import ConversationDetail
    from .conversation_insights import ConversationInsights
    from .conversation_list import ConversationList
    from .conversation_list_item import ConversationListItem
    from .conversation_medium import ConversationMedium
    from .conversation_summary import ConversationSummary
    from .conversation_transcript import ConversationTranscript
    from .conversation_user import ConversationUser
    from .department import Department
    from .department_list import DepartmentList
    from .error_response import ErrorResponse
    from .insight import Insight
    from .meta import Meta
    from .notetaker import Notetaker
    from .notetaker_join_request import NotetakerJoinRequest
    from .pagination import Pagination
    from .participant import Participant
    from .rate_limit_error import RateLimitError
    from .recording_url import RecordingUrl
    from .team import Team
    from .team_list import TeamList
    from .team_member import TeamMember
    from .transcript import Transcript
    from .transcript_segment import TranscriptSegment
    from .user import User
    from .user_list import UserList
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_list import WebhookDeliveryList
    from .webhook_event_type import WebhookEventType
    from .webhook_meta import WebhookMeta

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "Conversation": ".conversation",
    "ConversationCompletedData": ".conversation_completed_data",
    "ConversationCompletedEvent": ".conversation_completed_event",
    "ConversationDepartment": ".conversation_department",
    "ConversationDetail": ".conversation_detail",
    "ConversationInsights": ".conversation_insights",
    "ConversationList": ".conversation_list",
    "ConversationListItem": ".conversation_list_item",
    "ConversationMedium": ".conversation_medium",
    "ConversationSummary": ".conversation_summary",
    "ConversationTranscript": ".conversation_transcript",
    "ConversationUser": ".conversation_user",
    "Department": ".department",
    "DepartmentList": ".department_list",
    "ErrorResponse": ".error_response",
    "Insight": ".insight",
    "Meta": ".meta",
    "Notetaker": ".notetaker",
    "NotetakerJoinRequest": ".notetaker_join_request",
    "Pagination": ".pagination",
    "Participant": ".participant",
    "RateLimitError": ".rate_limit_error",
    "RecordingUrl": ".recording_url",
    "Team": ".team",
    "TeamList": ".team_list",
    "TeamMember": ".team_member",
    "Transcript": ".transcript",
    "TranscriptSegment": ".transcript_segment",
    "User": ".user",
    "UserList": ".user_list",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryList": ".webhook_delivery_list",
    "WebhookEventType": ".webhook_event_type",
    "WebhookMeta": ".webhook_meta",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Account",
    "Conversation",
    "ConversationCompletedData",
    "ConversationCompletedEvent",
    "ConversationDepartment",
    "ConversationDetail",
    "ConversationInsights",
    "ConversationList",
    "ConversationListItem",
    "ConversationMedium",
    "ConversationSummary",
    "ConversationTranscript",
    "ConversationUser",
    "Department",
    "DepartmentList",
    "ErrorResponse",
    "Insight",
    "Meta",
    "Notetaker",
    "NotetakerJoinRequest",
    "Pagination",
    "Participant",
    "RateLimitError",
    "RecordingUrl",
    "Team",
    "TeamList",
    "TeamMember",
    "Transcript",
    "TranscriptSegment",
    "User",
    "UserList",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookEventType",
    "WebhookMeta",
)

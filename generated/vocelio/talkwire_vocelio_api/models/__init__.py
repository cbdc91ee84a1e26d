"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses. The functions below are
shared by the models' from_dict: they read UUIDs and date-times off the wire, and record in an exception raised
while a body is read which field of it was at fault (`_failure_of` reads that back).
"""

import datetime
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from .active_call import ActiveCall
    from .active_calls import ActiveCalls
    from .active_calls_envelope import ActiveCallsEnvelope
    from .active_calls_summary import ActiveCallsSummary
    from .agent_performance import AgentPerformance
    from .agent_performance_envelope import AgentPerformanceEnvelope
    from .agent_performance_summary import AgentPerformanceSummary
    from .agent_stats import AgentStats
    from .analysis_type import AnalysisType
    from .analytics_summary import AnalyticsSummary
    from .analyze_conversation_request import AnalyzeConversationRequest
    from .api_version import ApiVersion
    from .call import Call
    from .call_analysis import CallAnalysis
    from .call_analytics import CallAnalytics
    from .call_analytics_envelope import CallAnalyticsEnvelope
    from .call_envelope import CallEnvelope
    from .call_list_envelope import CallListEnvelope
    from .call_settings import CallSettings
    from .call_status import CallStatus
    from .campaign import Campaign
    from .campaign_analytics import CampaignAnalytics
    from .campaign_analytics_envelope import CampaignAnalyticsEnvelope
    from .campaign_envelope import CampaignEnvelope
    from .campaign_list_envelope import CampaignListEnvelope
    from .campaign_performance import CampaignPerformance
    from .campaign_progress import CampaignProgress
    from .campaign_schedule import CampaignSchedule
    from .campaign_settings import CampaignSettings
    from .campaign_status import CampaignStatus
    from .clone_voice_request import CloneVoiceRequest
    from .cloned_voice import ClonedVoice
    from .cloned_voice_envelope import ClonedVoiceEnvelope
    from .conversation_analysis import ConversationAnalysis
    from .conversation_analysis_envelope import ConversationAnalysisEnvelope
    from .create_campaign_request import CreateCampaignRequest
    from .create_user_request import CreateUserRequest
    from .create_webhook_request import CreateWebhookRequest
    from .dashboard import Dashboard
    from .dashboard_envelope import DashboardEnvelope
    from .dashboard_summary import DashboardSummary
    from .dashboard_trends import DashboardTrends
    from .error_code import ErrorCode
    from .error_detail import ErrorDetail
    from .error_details import ErrorDetails
    from .error_envelope import ErrorEnvelope
    from .generate_speech_request import GenerateSpeechRequest
    from .generated_speech import GeneratedSpeech
    from .generated_speech_envelope import GeneratedSpeechEnvelope
    from .granularity import Granularity
    from .initiate_call_request import InitiateCallRequest
    from .intent_analysis import IntentAnalysis
    from .lead_field_mapping import LeadFieldMapping
    from .lead_import import LeadImport
    from .lead_import_envelope import LeadImportEnvelope
    from .login_envelope import LoginEnvelope
    from .login_request import LoginRequest
    from .login_result import LoginResult
    from .login_user import LoginUser
    from .meta import Meta
    from .optimization_suggestion import OptimizationSuggestion
    from .optimization_suggestions import OptimizationSuggestions
    from .optimization_suggestions_envelope import OptimizationSuggestionsEnvelope
    from .optimize_campaign_request import OptimizeCampaignRequest
    from .pagination import Pagination
    from .realtime_metrics import RealtimeMetrics
    from .realtime_metrics_envelope import RealtimeMetricsEnvelope
    from .sentiment_analysis import SentimentAnalysis
    from .sort_order import SortOrder
    from .time_series_point import TimeSeriesPoint
    from .top_campaign import TopCampaign
    from .update_call_request import UpdateCallRequest
    from .update_campaign_request import UpdateCampaignRequest
    from .update_current_user_request import UpdateCurrentUserRequest
    from .update_user_request import UpdateUserRequest
    from .upload_leads_request import UploadLeadsRequest
    from .user import User
    from .user_envelope import UserEnvelope
    from .user_list_envelope import UserListEnvelope
    from .user_preferences import UserPreferences
    from .user_status import UserStatus
    from .voice import Voice
    from .voice_category import VoiceCategory
    from .voice_gender import VoiceGender
    from .voice_list import VoiceList
    from .voice_list_envelope import VoiceListEnvelope
    from .voice_settings import VoiceSettings
    from .webhook import Webhook
    from .webhook_envelope import WebhookEnvelope
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_event_type import WebhookEventType

_MODULE_OF: dict[str, str] = {
    "ActiveCall": ".active_call",
    "ActiveCalls": ".active_calls",
    "ActiveCallsEnvelope": ".active_calls_envelope",
    "ActiveCallsSummary": ".active_calls_summary",
    "AgentPerformance": ".agent_performance",
    "AgentPerformanceEnvelope": ".agent_performance_envelope",
    "AgentPerformanceSummary": ".agent_performance_summary",
    "AgentStats": ".agent_stats",
    "AnalysisType": ".analysis_type",
    "AnalyticsSummary": ".analytics_summary",
    "AnalyzeConversationRequest": ".analyze_conversation_request",
    "ApiVersion": ".api_version",
    "Call": ".call",
    "CallAnalysis": ".call_analysis",
    "CallAnalytics": ".call_analytics",
    "CallAnalyticsEnvelope": ".call_analytics_envelope",
    "CallEnvelope": ".call_envelope",
    "CallListEnvelope": ".call_list_envelope",
    "CallSettings": ".call_settings",
    "CallStatus": ".call_status",
    "Campaign": ".campaign",
    "CampaignAnalytics": ".campaign_analytics",
    "CampaignAnalyticsEnvelope": ".campaign_analytics_envelope",
    "CampaignEnvelope": ".campaign_envelope",
    "CampaignListEnvelope": ".campaign_list_envelope",
    "CampaignPerformance": ".campaign_performance",
    "CampaignProgress": ".campaign_progress",
    "CampaignSchedule": ".campaign_schedule",
    "CampaignSettings": ".campaign_settings",
    "CampaignStatus": ".campaign_status",
    "CloneVoiceRequest": ".clone_voice_request",
    "ClonedVoice": ".cloned_voice",
    "ClonedVoiceEnvelope": ".cloned_voice_envelope",
    "ConversationAnalysis": ".conversation_analysis",
    "ConversationAnalysisEnvelope": ".conversation_analysis_envelope",
    "CreateCampaignRequest": ".create_campaign_request",
    "CreateUserRequest": ".create_user_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "Dashboard": ".dashboard",
    "DashboardEnvelope": ".dashboard_envelope",
    "DashboardSummary": ".dashboard_summary",
    "DashboardTrends": ".dashboard_trends",
    "ErrorCode": ".error_code",
    "ErrorDetail": ".error_detail",
    "ErrorDetails": ".error_details",
    "ErrorEnvelope": ".error_envelope",
    "GenerateSpeechRequest": ".generate_speech_request",
    "GeneratedSpeech": ".generated_speech",
    "GeneratedSpeechEnvelope": ".generated_speech_envelope",
    "Granularity": ".granularity",
    "InitiateCallRequest": ".initiate_call_request",
    "IntentAnalysis": ".intent_analysis",
    "LeadFieldMapping": ".lead_field_mapping",
    "LeadImport": ".lead_import",
    "LeadImportEnvelope": ".lead_import_envelope",
    "LoginEnvelope": ".login_envelope",
    "LoginRequest": ".login_request",
    "LoginResult": ".login_result",
    "LoginUser": ".login_user",
    "Meta": ".meta",
    "OptimizationSuggestion": ".optimization_suggestion",
    "OptimizationSuggestions": ".optimization_suggestions",
    "OptimizationSuggestionsEnvelope": ".optimization_suggestions_envelope",
    "OptimizeCampaignRequest": ".optimize_campaign_request",
    "Pagination": ".pagination",
    "RealtimeMetrics": ".realtime_metrics",
    "RealtimeMetricsEnvelope": ".realtime_metrics_envelope",
    "SentimentAnalysis": ".sentiment_analysis",
    "SortOrder": ".sort_order",
    "TimeSeriesPoint": ".time_series_point",
    "TopCampaign": ".top_campaign",
    "UpdateCallRequest": ".update_call_request",
    "UpdateCampaignRequest": ".update_campaign_request",
    "UpdateCurrentUserRequest": ".update_current_user_request",
    "UpdateUserRequest": ".update_user_request",
    "UploadLeadsRequest": ".upload_leads_request",
    "User": ".user",
    "UserEnvelope": ".user_envelope",
    "UserListEnvelope": ".user_list_envelope",
    "UserPreferences": ".user_preferences",
    "UserStatus": ".user_status",
    "Voice": ".voice",
    "VoiceCategory": ".voice_category",
    "VoiceGender": ".voice_gender",
    "VoiceList": ".voice_list",
    "VoiceListEnvelope": ".voice_list_envelope",
    "VoiceSettings": ".voice_settings",
    "Webhook": ".webhook",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventType": ".webhook_event_type",
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


# RFC 3339 date-times (section 5.6) in the spellings Python 3.11's fromisoformat refuses: a lower-case "t" or "z"
# (RFC 3339 allows both) and a leap second (second 60). Every other one it reads as RFC 3339 means it. Compiled on
# first use: few bodies need it, and importing a client should not pay for it.
_RFC3339_DATE_TIME = (
    r"(\d{4}-\d{2}-\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)"
)


@lru_cache(maxsize=1)
def _rfc3339_date_time() -> re.Pattern[str]:
    return re.compile(_RFC3339_DATE_TIME, re.ASCII)


def _datetime_fallback(text: str) -> datetime.datetime:
    """A date-time `datetime.datetime.fromisoformat` refused: read if it is RFC 3339, else its error is raised.

    A leap second (only at 23:59 UTC, where RFC 3339 allows it) is read as the last microsecond before it, the
    nearest instant a datetime can hold.
    """
    match = _rfc3339_date_time().fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return datetime.datetime.fromisoformat(text)
    date, hour, minute, second, fraction, offset = match.groups()
    leap = second == "60"
    parsed = datetime.datetime.fromisoformat(
        f"{date}T{hour}:{minute}:{'59' if leap else second}{fraction or ''}{offset.upper()}"
    )
    if not leap:
        return parsed
    in_utc = parsed.astimezone(datetime.UTC)
    if (in_utc.hour, in_utc.minute) != (23, 59):
        raise ValueError(f"a leap second is only ever at 23:59:60 UTC: {text!r}")
    return parsed.replace(microsecond=999_999)


_fromisoformat = datetime.datetime.fromisoformat


def _datetime_from_wire(text: str) -> datetime.datetime:
    """An RFC 3339 `date-time` (and whatever else `datetime.datetime.fromisoformat` accepts) as a datetime."""
    try:
        return _fromisoformat(text)
    except ValueError:
        return _datetime_fallback(text)


def _not_valid(value: object, expected: str) -> NoReturn:
    raise ValueError(f"{value!r} is not a valid {expected}")


def _field_failed(error: Exception, field: str | None, source: object, items: list[Any] | None) -> None:
    """Record in `error` where in the body it was raised, as it passes through each from_dict on its way out.

    `field` is the wire name the from_dict was reading (None before the first that can fail in more ways than being
    absent), `source` the object it read, `items` the partial result of the list it was reading (None outside one):
    the index of the item that failed is its length. The path is kept innermost first in `error._talkwire_path`
    (names and indexes only: the body may hold secrets, and exceptions get logged and pickled). When `source` is not
    a JSON object at all, a TypeError saying so is raised in place of `error`.
    """
    path: list[str | int] | None = getattr(error, "_talkwire_path", None)
    if path is None:
        if not isinstance(source, Mapping):
            mismatch = TypeError(f"expected a JSON object, got {type(source).__name__}")
            mismatch._talkwire_path = []  # type: ignore[attr-defined]
            raise mismatch from None
        path = []
        if isinstance(error, KeyError) and len(error.args) == 1 and error.args[0] not in source:
            # A field this object requires is missing: the KeyError names it.
            error._talkwire_path = [error.args[0]]  # type: ignore[attr-defined]
            return
    if field is not None:
        value = source.get(field) if isinstance(source, Mapping) else None
        # The list the failure happened in, not a value that could not even be iterated.
        if items is not None and isinstance(value, list | str | dict) and len(items) < len(value):
            path.append(len(items))
        path.append(field)
    error._talkwire_path = path  # type: ignore[attr-defined]


def _item_failed(error: Exception, index: int) -> None:
    """Record in `error` that it was raised by the item at `index` of a list read inside an expression."""
    path: list[str | int] = getattr(error, "_talkwire_path", None) or []
    path.append(index)
    error._talkwire_path = path  # type: ignore[attr-defined]


def _failure_of(error: BaseException) -> tuple[str, str] | None:
    """(field, reason) for an exception a from_dict raised, e.g. ("conversations[3].user.id", "required field
    missing"); None when it does not say where (not raised while reading a field)."""
    path: list[str | int] | None = getattr(error, "_talkwire_path", None)
    if not path:
        return None
    field = ""
    for segment in reversed(path):
        field += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if field else segment)
    innermost = path[0]
    if isinstance(error, KeyError) and error.args == (innermost,):
        return field, "required field missing"
    return field, f"{type(error).__name__}: {error}"


__all__ = (
    "ActiveCall",
    "ActiveCalls",
    "ActiveCallsEnvelope",
    "ActiveCallsSummary",
    "AgentPerformance",
    "AgentPerformanceEnvelope",
    "AgentPerformanceSummary",
    "AgentStats",
    "AnalysisType",
    "AnalyticsSummary",
    "AnalyzeConversationRequest",
    "ApiVersion",
    "Call",
    "CallAnalysis",
    "CallAnalytics",
    "CallAnalyticsEnvelope",
    "CallEnvelope",
    "CallListEnvelope",
    "CallSettings",
    "CallStatus",
    "Campaign",
    "CampaignAnalytics",
    "CampaignAnalyticsEnvelope",
    "CampaignEnvelope",
    "CampaignListEnvelope",
    "CampaignPerformance",
    "CampaignProgress",
    "CampaignSchedule",
    "CampaignSettings",
    "CampaignStatus",
    "CloneVoiceRequest",
    "ClonedVoice",
    "ClonedVoiceEnvelope",
    "ConversationAnalysis",
    "ConversationAnalysisEnvelope",
    "CreateCampaignRequest",
    "CreateUserRequest",
    "CreateWebhookRequest",
    "Dashboard",
    "DashboardEnvelope",
    "DashboardSummary",
    "DashboardTrends",
    "ErrorCode",
    "ErrorDetail",
    "ErrorDetails",
    "ErrorEnvelope",
    "GenerateSpeechRequest",
    "GeneratedSpeech",
    "GeneratedSpeechEnvelope",
    "Granularity",
    "InitiateCallRequest",
    "IntentAnalysis",
    "LeadFieldMapping",
    "LeadImport",
    "LeadImportEnvelope",
    "LoginEnvelope",
    "LoginRequest",
    "LoginResult",
    "LoginUser",
    "Meta",
    "OptimizationSuggestion",
    "OptimizationSuggestions",
    "OptimizationSuggestionsEnvelope",
    "OptimizeCampaignRequest",
    "Pagination",
    "RealtimeMetrics",
    "RealtimeMetricsEnvelope",
    "SentimentAnalysis",
    "SortOrder",
    "TimeSeriesPoint",
    "TopCampaign",
    "UpdateCallRequest",
    "UpdateCampaignRequest",
    "UpdateCurrentUserRequest",
    "UpdateUserRequest",
    "UploadLeadsRequest",
    "User",
    "UserEnvelope",
    "UserListEnvelope",
    "UserPreferences",
    "UserStatus",
    "Voice",
    "VoiceCategory",
    "VoiceGender",
    "VoiceList",
    "VoiceListEnvelope",
    "VoiceSettings",
    "Webhook",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
)

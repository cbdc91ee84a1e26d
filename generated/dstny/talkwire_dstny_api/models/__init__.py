"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses. The functions below are
shared by the models' from_dict: they read UUIDs and date-times off the wire, and record in an exception raised
while a body is read which field of it was at fault (`_failure_of` reads that back).
"""

import datetime
import re
from binascii import unhexlify as _unhexlify
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID, SafeUUID

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


_new_object = object.__new__
_set_uuid_int = UUID.__dict__["int"].__set__
_set_uuid_is_safe = UUID.__dict__["is_safe"].__set__
_UUID_SAFETY_UNKNOWN = SafeUUID.unknown  # an enum member: looking it up on each call would cost a third of the call


def _uuid_from_wire(text: str) -> UUID:
    """`uuid.UUID(text)`, built without its pure-Python parsing when `text` is 32 hex digits and hyphens.

    `binascii.unhexlify` checks the digits in C (it refuses the signs, spaces and underscores `int(text, 16)`
    would let through); they are exactly the digits `UUID(text)` reads, wherever the hyphens are. Anything else
    (braces, a `urn:uuid:` prefix, a malformed value, not a string) goes to `UUID(text)`, which accepts or raises as
    it always does. The result is a plain `uuid.UUID` (a lazily built subclass would be cheaper still, but
    serialisers such as orjson take only the exact type).
    """
    try:
        digits = _unhexlify(text.replace("-", ""))
    except (AttributeError, TypeError, ValueError):
        return UUID(text)
    if len(digits) != 16:
        return UUID(text)
    value = _new_object(UUID)
    _set_uuid_int(value, int.from_bytes(digits))
    _set_uuid_is_safe(value, _UUID_SAFETY_UNKNOWN)
    return value


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

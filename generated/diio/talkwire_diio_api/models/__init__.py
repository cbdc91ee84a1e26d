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
    from .analyzed_status import AnalyzedStatus
    from .attendees import Attendees
    from .create_export_request import CreateExportRequest
    from .create_phone_call_request import CreatePhoneCallRequest
    from .created_export import CreatedExport
    from .created_phone_call import CreatedPhoneCall
    from .customer import Customer
    from .error import Error
    from .export import Export
    from .export_file_type import ExportFileType
    from .export_model import ExportModel
    from .export_status import ExportStatus
    from .meeting import Meeting
    from .meeting_list import MeetingList
    from .meeting_summary import MeetingSummary
    from .phone_call import PhoneCall
    from .phone_call_list import PhoneCallList
    from .phone_call_summary import PhoneCallSummary
    from .refresh_token_request import RefreshTokenRequest
    from .seller import Seller
    from .token_pair import TokenPair
    from .transcript import Transcript
    from .user import User
    from .user_list import UserList

_MODULE_OF: dict[str, str] = {
    "AnalyzedStatus": ".analyzed_status",
    "Attendees": ".attendees",
    "CreateExportRequest": ".create_export_request",
    "CreatePhoneCallRequest": ".create_phone_call_request",
    "CreatedExport": ".created_export",
    "CreatedPhoneCall": ".created_phone_call",
    "Customer": ".customer",
    "Error": ".error",
    "Export": ".export",
    "ExportFileType": ".export_file_type",
    "ExportModel": ".export_model",
    "ExportStatus": ".export_status",
    "Meeting": ".meeting",
    "MeetingList": ".meeting_list",
    "MeetingSummary": ".meeting_summary",
    "PhoneCall": ".phone_call",
    "PhoneCallList": ".phone_call_list",
    "PhoneCallSummary": ".phone_call_summary",
    "RefreshTokenRequest": ".refresh_token_request",
    "Seller": ".seller",
    "TokenPair": ".token_pair",
    "Transcript": ".transcript",
    "User": ".user",
    "UserList": ".user_list",
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
    "AnalyzedStatus",
    "Attendees",
    "CreateExportRequest",
    "CreatePhoneCallRequest",
    "CreatedExport",
    "CreatedPhoneCall",
    "Customer",
    "Error",
    "Export",
    "ExportFileType",
    "ExportModel",
    "ExportStatus",
    "Meeting",
    "MeetingList",
    "MeetingSummary",
    "PhoneCall",
    "PhoneCallList",
    "PhoneCallSummary",
    "RefreshTokenRequest",
    "Seller",
    "TokenPair",
    "Transcript",
    "User",
    "UserList",
)

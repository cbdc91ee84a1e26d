"""The string formats the fake checks strictly, in requests and in answers: what a vendor's own validator refuses.

``date-time`` is RFC 3339's: a zone offset (or ``Z``) is required, as every RFC 3339 validator reads it (a naive
``2025-10-01T15:10:05`` is refused). ``date-time-local`` is the OpenAPI format registry's "RFC 3339 date-time
without the timezone component", the format of timestamps a vendor sends without a zone (diio). Neither is left to
whichever optional format packages happen to be installed. (The pipeline's spec lint, which runs without
talkwire-core, keeps the same rules in scripts/spec/formats.py; a test holds the two to the same verdicts.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_LOCAL_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?")


def _is_real_instant(text: str) -> bool:
    """The fields are in range (no 13th month, no 25th hour); fromisoformat checks that, not the grammar."""
    try:
        dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_date_time(value: object) -> bool:
    """RFC 3339 ``date-time``: `2025-10-01T15:10:05Z`, `2025-10-01T15:10:05.5+02:00`; not `2025-10-01T15:10:05`."""
    return not isinstance(value, str) or (_DATE_TIME.fullmatch(value) is not None and _is_real_instant(value))


def is_local_date_time(value: object) -> bool:
    """``date-time-local``: an RFC 3339 date-time without its offset, `2025-10-01T15:10:05`."""
    return not isinstance(value, str) or (_LOCAL_DATE_TIME.fullmatch(value) is not None and _is_real_instant(value))


STRICT_FORMATS: Mapping[str, Callable[[object], bool]] = {
    "date-time": is_date_time,
    "date-time-local": is_local_date_time,
}

"""The string formats checked strictly wherever a value is validated against a spec: the spec lint's examples and
defaults, and the test suite (openapi-core in the contract transport and in tests/specs, jsonschema in the contract's
drawn values).

``date-time`` is RFC 3339's: a zone offset (or ``Z``) is required, as every RFC 3339 validator and Prism read it.
``date-time-local`` is the OpenAPI format registry's "RFC 3339 date-time without the timezone component", which
docs/spec-conventions.md uses for timestamps a vendor sends without a zone (diio). Neither is left to whichever
optional format packages happen to be installed.
"""

from __future__ import annotations

import datetime as dt
import re

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


STRICT_FORMATS = {"date-time": is_date_time, "date-time-local": is_local_date_time}

"""Vocelio's `{success: false, error: {code, ...}}` envelope, also when it comes with HTTP 200.

Vocelio documents error codes but no HTTP statuses. The status each code stands for is the one the spec infers
(specs/vocelio.yaml, `info.description`); a 2xx response carrying an error envelope is given that status by
talkwire-core's body checks (`VOCELIO` declares `implied_status`), so an `AUTH_002` (token expired) triggers the one
re-login a 401 would, a `SERVICE_002` (rate limited) waits and retries like a 429, and the caller gets the typed
error with the code.
"""

from __future__ import annotations

from typing import Any

# Exact codes first; a code Vocelio adds later falls back to its family's status.
STATUS_OF_CODE: dict[str, int] = {
    "AUTH_001": 401,
    "AUTH_002": 401,
    "AUTH_003": 403,
    "RESOURCE_001": 404,
    "RESOURCE_002": 409,
    "RESOURCE_003": 409,
    "SERVICE_001": 503,
    "SERVICE_002": 429,
    "SERVICE_003": 500,
}
STATUS_OF_FAMILY: dict[str, int] = {"AUTH": 401, "VALIDATION": 400, "RESOURCE": 404, "SERVICE": 503, "SYSTEM": 500}
# An error envelope whose code says nothing we know is still an error; 500 is the honest "we cannot tell".
UNKNOWN_CODE_STATUS = 500


def status_of_code(code: str | None) -> int:
    if code is None:
        return UNKNOWN_CODE_STATUS
    if code in STATUS_OF_CODE:
        return STATUS_OF_CODE[code]
    return STATUS_OF_FAMILY.get(code.split("_", 1)[0], UNKNOWN_CODE_STATUS)


def implied_status(body: Any) -> int | None:
    """The status a decoded Vocelio body implies: None for anything but an error envelope (`success: false`)."""
    if not isinstance(body, dict) or body.get("success") is not False:
        return None
    error = body.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    return status_of_code(code if isinstance(code, str) else None)

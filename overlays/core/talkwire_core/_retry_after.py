"""How long a response asks the caller to wait before retrying, from its headers or its body."""

from __future__ import annotations

import email.utils
import json
import time

import httpx


def retry_after_seconds(response: httpx.Response, *, now: float | None = None) -> float | None:
    """Seconds to wait, from ``Retry-After`` (seconds or HTTP date), ``X-RateLimit-Reset`` (epoch seconds or
    seconds from now), or a JSON body's ``retryAfter``/``retry_after``; None when the response does not say."""
    now = time.time() if now is None else now
    header = response.headers.get("retry-after")
    if header:
        seconds = _seconds_or_date(header, now)
        if seconds is not None:
            return seconds
    body_value = _body_retry_after(response)
    if body_value is not None:
        return body_value
    reset = response.headers.get("x-ratelimit-reset")
    if reset:
        try:
            value = float(reset)
        except ValueError:
            return None
        # Large values are an epoch timestamp, small ones a delay.
        return max(0.0, value - now) if value > 1_000_000_000 else max(0.0, value)
    return None


def _seconds_or_date(value: str, now: float) -> float | None:
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, parsed.timestamp() - now)


def _body_retry_after(response: httpx.Response) -> float | None:
    if "json" not in response.headers.get("content-type", "") or not response.content:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if isinstance(body, dict):
        for key in ("retryAfter", "retry_after"):
            value = body.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return max(0.0, float(value))
    return None

"""The ``X-RateLimit-Limit / -Remaining / -Reset`` headers many vendors send, read into one typed value."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

# Reset values above this are Unix epoch seconds; smaller ones are seconds from now (both conventions exist).
_EPOCH_THRESHOLD = 1_000_000_000


def _int_or_none(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


@dataclass(frozen=True)
class RateLimit:
    """A response's rate-limit state; a field is None when its header is absent or not a number."""

    limit: int | None
    remaining: int | None
    reset_at: float | None  # Unix epoch seconds

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], *, now: float | None = None) -> RateLimit | None:
        """Read from response headers (any case), or from ``APIError.rate_limit``; None when none is present."""
        lowered = httpx.Headers(dict(headers))
        limit = _int_or_none(lowered.get("x-ratelimit-limit"))
        remaining = _int_or_none(lowered.get("x-ratelimit-remaining"))
        reset = _int_or_none(lowered.get("x-ratelimit-reset"))
        if limit is None and remaining is None and reset is None:
            return None
        reset_at: float | None = None
        if reset is not None:
            reset_at = float(reset) if reset > _EPOCH_THRESHOLD else (time.time() if now is None else now) + reset
        return cls(limit=limit, remaining=remaining, reset_at=reset_at)

    def seconds_until_reset(self, *, now: float | None = None) -> float | None:
        if self.reset_at is None:
            return None
        return max(0.0, self.reset_at - (time.time() if now is None else now))

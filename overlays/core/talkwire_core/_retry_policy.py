"""talkwire's retry policy: which requests are retried on what, how long to wait. Kept apart from the transport
that applies it (``_retry``), which needs httpx-retries and asyncio: a program pays for importing those when it
builds its first client, not when it imports talkwire.

- idempotent methods retry on connection errors, timeouts, 429, 502, 503 and 504;
- other methods (POST, PATCH) retry only when the request cannot have been processed: a connection that never
  opened, or 429; never on a 5xx unless the caller says the operation is safe to repeat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import httpx

from talkwire_core.errors import ClientOptionError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
# Failures where the request never reached the server, so repeating it cannot do anything twice.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. ``RetryPolicy(max_retries=0)`` turns retries off.

    Refused when built (``ClientOptionError`` naming the field): a negative or non-integer ``max_retries``, a
    negative or non-finite ``backoff_factor`` or ``max_wait``.
    """

    max_retries: int = 2
    backoff_factor: float = 0.5
    max_wait: float = 30.0
    retry_unsafe_on_server_error: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ClientOptionError("RetryPolicy.max_retries", f"must be a whole number ≥ 0, got {self.max_retries!r}")
        for name in ("backoff_factor", "max_wait"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise ClientOptionError(f"RetryPolicy.{name}", f"must be a finite number of seconds ≥ 0, got {value!r}")

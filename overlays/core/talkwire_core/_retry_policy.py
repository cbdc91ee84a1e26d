"""talkwire's retry policy: which requests are retried on what, how long to wait. Kept apart from the transport
that applies it (``_retry``), which needs httpx-retries and asyncio: a program pays for importing those when it
builds its first client, not when it imports talkwire.

- idempotent methods retry on connection errors, timeouts, 429, 502, 503 and 504;
- other methods (POST, PATCH) retry only when the request cannot have been processed: a connection that never
  opened, or 429; never on a 5xx unless the caller says the operation is safe to repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from httpx_retries import Retry

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
    """How a client retries. ``RetryPolicy(max_retries=0)`` turns retries off."""

    max_retries: int = 2
    backoff_factor: float = 0.5
    max_wait: float = 30.0
    retry_unsafe_on_server_error: bool = False

    def for_method(self, method: str) -> Retry:
        from talkwire_core._retry import _TalkwireRetry

        if method.upper() in IDEMPOTENT_METHODS:
            return _TalkwireRetry(
                total=self.max_retries,
                backoff_factor=self.backoff_factor,
                max_backoff_wait=self.max_wait,
                status_forcelist=RETRYABLE_STATUSES,
                retry_on_exceptions=TRANSIENT_ERRORS,
            )
        statuses = RETRYABLE_STATUSES if self.retry_unsafe_on_server_error else frozenset({429})
        errors = TRANSIENT_ERRORS if self.retry_unsafe_on_server_error else NOT_SENT_ERRORS
        return _TalkwireRetry(
            total=self.max_retries,
            allowed_methods=[method.upper()],
            backoff_factor=self.backoff_factor,
            max_backoff_wait=self.max_wait,
            status_forcelist=statuses,
            retry_on_exceptions=errors,
        )

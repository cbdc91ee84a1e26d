"""Retries, as an httpx transport (httpx-retries) so every call gets them, with talkwire's policy:

- idempotent methods retry on connection errors, timeouts, 429, 502, 503 and 504;
- other methods (POST, PATCH) retry only when the request cannot have been processed: a connection that never
  opened, or 429; never on a 5xx unless the caller says the operation is safe to repeat;
- exponential backoff with full jitter; a wait the server asks for (``Retry-After``, ``X-RateLimit-Reset``, a
  JSON body's ``retryAfter``) is honoured, capped at ``max_wait``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import httpx
from httpx_retries import Retry, RetryTransport

from talkwire_core._retry_after import retry_after_seconds

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


class _TalkwireRetry(Retry):
    """httpx-retries' Retry, waiting as long as the response asks (from headers or body), capped."""

    def wait_seconds(self, outcome: httpx.Response | Exception) -> float:
        if isinstance(outcome, httpx.Response) and self.respect_retry_after_header:
            asked = retry_after_seconds(outcome)
            if asked is not None:
                return min(asked, self.max_backoff_wait)
        return self.backoff_strategy()

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.wait_seconds(response)
        time.sleep(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.wait_seconds(response)
        await asyncio.sleep(seconds)
        self.elapsed_sleep += seconds


class _BufferErrorBodies(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads the body of every error response at the transport, so retry waits and errors can use it even after
    the retry layer closes the response."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        response = self._inner.handle_request(request)
        if response.status_code >= 400:
            response.read()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        response = await self._inner.handle_async_request(request)
        if response.status_code >= 400:
            await response.aread()
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


class PolicyRetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Chooses the retry rules by the request's method, then lets httpx-retries do the retrying."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._policy = policy
        self._retrying = RetryTransport(transport=_BufferErrorBodies(inner), retry=policy.for_method("GET"))
        self._inner = inner

    def _choose(self, request: httpx.Request) -> None:
        request.extensions.setdefault("retry", self._policy.for_method(request.method))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return self._retrying.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await self._retrying.handle_async_request(request)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()

"""Retries, as an httpx transport (httpx-retries) so every call gets them, applying talkwire's RetryPolicy:

- idempotent methods retry on connection errors, timeouts, 429, 502, 503 and 504;
- other methods (POST, PATCH) retry only when the request cannot have been processed: a connection that never
  opened, or 429; never on a 5xx unless the caller says the operation is safe to repeat;
- exponential backoff with full jitter; a wait the server asks for (``Retry-After``, ``X-RateLimit-Reset``, a
  JSON body's ``retryAfter``) is honoured, capped at ``max_wait``.
"""

from __future__ import annotations

import asyncio
import time

import httpx
from httpx_retries import Retry, RetryTransport

from talkwire_core._retry_after import retry_after_seconds
from talkwire_core._retry_policy import (
    IDEMPOTENT_METHODS,
    NOT_SENT_ERRORS,
    RETRYABLE_STATUSES,
    TRANSIENT_ERRORS,
    RetryPolicy,
)

__all__ = [
    "IDEMPOTENT_METHODS",
    "NOT_SENT_ERRORS",
    "RETRYABLE_STATUSES",
    "TRANSIENT_ERRORS",
    "PolicyRetryTransport",
    "RetryPolicy",
]


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
        # httpx-retries' Retry is immutable (each attempt is a copy), so one per method serves every request; building
        # it per request was a measurable part of the per-call overhead.
        self._retry_by_method: dict[str, Retry] = {}

    def _choose(self, request: httpx.Request) -> None:
        if "retry" not in request.extensions:
            retry = self._retry_by_method.get(request.method)
            if retry is None:
                retry = self._retry_by_method[request.method] = self._policy.for_method(request.method)
            request.extensions["retry"] = retry

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

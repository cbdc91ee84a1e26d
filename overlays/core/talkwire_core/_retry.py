"""Retries, as an httpx transport (httpx-retries) so every call gets them, applying talkwire's RetryPolicy:

- idempotent methods retry on connection errors, timeouts, 429, 502, 503 and 504;
- other methods (POST, PATCH) retry only when the request cannot have been processed: a connection that never
  opened, or 429; never on a 5xx unless the caller says the operation is safe to repeat;
- exponential backoff with full jitter; a wait the server asks for (``Retry-After``, ``X-RateLimit-Reset``, a
  JSON body's ``retryAfter``) is honoured, capped at ``max_wait``;
- no retry whose wait would end after the call's deadline (see _deadline): the call gets the last answer or error;
- a request that carries its own policy (a ``with_options`` view's, see _call_options) is retried by that one.
"""

from __future__ import annotations

import asyncio
import functools
import time

import httpx
from httpx_retries import Retry, RetryTransport

from talkwire_core._call_options import RETRY_POLICY_EXTENSION
from talkwire_core._deadline import current_deadline
from talkwire_core._retry_after import retry_after_seconds
from talkwire_core._retry_policy import (
    IDEMPOTENT_METHODS,
    NOT_SENT_ERRORS,
    RETRYABLE_STATUSES,
    TRANSIENT_ERRORS,
    RetryPolicy,
)


class _NoTimeToRetryError(Exception):
    """Raised instead of waiting for a retry that the deadline leaves no time for; carries the last outcome."""

    def __init__(self, outcome: httpx.Response | Exception) -> None:
        super().__init__()
        self.outcome = outcome


class _TalkwireRetry(Retry):
    """httpx-retries' Retry, waiting as long as the response asks (from headers or body), capped, and never past
    the call's deadline."""

    def wait_seconds(self, outcome: httpx.Response | Exception) -> float:
        if isinstance(outcome, httpx.Response) and self.respect_retry_after_header:
            asked = retry_after_seconds(outcome)
            if asked is not None:
                return min(asked, self.max_backoff_wait)
        return self.backoff_strategy()

    def _wait_before_retry(self, outcome: httpx.Response | Exception) -> float:
        seconds = self.wait_seconds(outcome)
        deadline = current_deadline()
        if deadline is not None and seconds >= deadline.remaining():
            raise _NoTimeToRetryError(outcome)
        return seconds

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._wait_before_retry(response)
        time.sleep(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._wait_before_retry(response)
        await asyncio.sleep(seconds)
        self.elapsed_sleep += seconds


def retry_for_method(policy: RetryPolicy, method: str) -> Retry:
    """httpx-retries' rules for requests of `method` under `policy`."""
    if method.upper() in IDEMPOTENT_METHODS:
        return _TalkwireRetry(
            total=policy.max_retries,
            backoff_factor=policy.backoff_factor,
            max_backoff_wait=policy.max_wait,
            status_forcelist=RETRYABLE_STATUSES,
            retry_on_exceptions=TRANSIENT_ERRORS,
        )
    statuses = RETRYABLE_STATUSES if policy.retry_unsafe_on_server_error else frozenset({429})
    errors = TRANSIENT_ERRORS if policy.retry_unsafe_on_server_error else NOT_SENT_ERRORS
    return _TalkwireRetry(
        total=policy.max_retries,
        allowed_methods=[method.upper()],
        backoff_factor=policy.backoff_factor,
        max_backoff_wait=policy.max_wait,
        status_forcelist=statuses,
        retry_on_exceptions=errors,
    )


@functools.lru_cache(maxsize=64)
def _cached_retry(policy: RetryPolicy, method: str) -> Retry:
    """retry_for_method, built once per (policy, method): httpx-retries' Retry is immutable (each attempt is a copy),
    so one serves every request; building it per request was a measurable part of the per-call overhead. RetryPolicy
    is frozen, so a client's policy and its ``with_options`` views' share the lookup; the bound covers views built
    with ever-new policies."""
    return retry_for_method(policy, method)


class PolicyRetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Chooses the retry rules by the request's method, then lets httpx-retries do the retrying.

    Given the layer below it (the vendor's body checks, which read the bodies of error responses so that a retry's
    wait and the final typed error can still use them after httpx-retries has closed the response).
    """

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._policy = policy
        self._retrying = RetryTransport(transport=inner, retry=retry_for_method(policy, "GET"))

    def _choose(self, request: httpx.Request) -> None:
        if "retry" in request.extensions:
            return
        policy = request.extensions.get(RETRY_POLICY_EXTENSION)  # a with_options view's, if any
        if not isinstance(policy, RetryPolicy):
            policy = self._policy
        request.extensions["retry"] = _cached_retry(policy, request.method)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        try:
            return self._retrying.handle_request(request)
        except _NoTimeToRetryError as stopped:
            outcome = stopped.outcome
        return _last(outcome)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        try:
            return await self._retrying.handle_async_request(request)
        except _NoTimeToRetryError as stopped:
            outcome = stopped.outcome
        return _last(outcome)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()


def _last(outcome: httpx.Response | Exception) -> httpx.Response:
    """What a call whose retry the deadline ruled out gets: the last response (its body was read by the body checks
    below, so closing it for the retry lost nothing), or the last error raised again."""
    if isinstance(outcome, Exception):
        raise outcome
    return outcome

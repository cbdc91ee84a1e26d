"""An overall deadline: one bound on everything a call does (connecting, sending, waiting for and reading the
answer, retries and their waits, a token renewal and the wait for another caller's renewal).

httpx's timeouts bound each network operation: a read timeout of 30 s is reset by every byte, so a server that
trickles its answer one byte at a time keeps a call alive for as long as it likes, and retries multiply every bound.
A deadline is a point in time instead. It is set for a block (``with talkwire_core.deadline(10): ...``) or for every
call of a client (the ``deadline=`` option), the nearer one winning, and is carried in a context variable, so it
reaches every layer of the call, in threads and in asyncio tasks alike:

- talkwire's network layer gives every connect, read and write at most the time left (``_deadline_network``, under
  httpcore's connections), so a trickle cannot outlive the deadline;
- every attempt's timeouts (pool, connect, read, write) are cut to the time left (``DeadlineTransport``): this is
  how a transport passed as ``transport=`` gets the deadline;
- a retry whose wait would end after the deadline is not made (the last answer or error is what the call gets);
- a caller waiting for another caller's token renewal waits at most until the deadline.

A call that runs out of time raises ``APITimeoutError`` saying so.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from talkwire_core.errors import ClientOptionError


@dataclass(frozen=True)
class Deadline:
    """A point on the monotonic clock, and the seconds it was set as (for messages)."""

    at: float
    seconds: float

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def __str__(self) -> str:
        return f"the call's deadline of {self.seconds:g} s"


_CURRENT: ContextVar[Deadline | None] = ContextVar("talkwire_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline the running code is under (the nearest of those set), or None."""
    return _CURRENT.get()


def checked_deadline(seconds: object, option: str = "deadline") -> float | None:
    """`seconds` as a deadline's length: None (no deadline) or a finite number above 0; else ClientOptionError."""
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds) or seconds <= 0:
        raise ClientOptionError(option, f"must be a finite number of seconds above 0 (or None), got {seconds!r}")
    return float(seconds)


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[Deadline | None]:
    """Every talkwire call made inside the block ends within `seconds` from now, retries, renewal and waits
    included (an ``APITimeoutError`` when time runs out). Nested deadlines: the nearest wins. None sets none."""
    length = checked_deadline(seconds)
    if length is None:
        yield _CURRENT.get()
        return
    outer = _CURRENT.get()
    mine = Deadline(time.monotonic() + length, length)
    nearest = mine if outer is None or mine.at < outer.at else outer
    token = _CURRENT.set(nearest)
    try:
        yield nearest
    finally:
        _CURRENT.reset(token)


def bounded(timeout: float | None, exceeded: type[Exception]) -> float | None:
    """`timeout` cut to the time left before the current deadline; raises `exceeded` when none is left."""
    current = _CURRENT.get()
    if current is None:
        return timeout
    left = current.remaining()
    if left <= 0:
        raise exceeded(f"{current} passed")
    return left if timeout is None else min(timeout, left)


# --- every attempt's timeouts -------------------------------------------------------------------------------------

# Where the request's own timeouts are kept while an attempt's are cut (httpx-retries sends one request object
# several times).
_OWN_TIMEOUTS = "talkwire_own_timeouts"


def _cut_timeouts(request: httpx.Request) -> None:
    if _CURRENT.get() is None:
        return
    own: dict[str, float | None] = request.extensions.get(_OWN_TIMEOUTS) or dict(request.extensions.get("timeout", {}))
    cut = {part: bounded(own.get(part), httpx.PoolTimeout) for part in ("connect", "read", "write", "pool")}
    request.extensions = {**request.extensions, _OWN_TIMEOUTS: own, "timeout": cut}


class DeadlineTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Given the network transport: cuts each attempt's timeouts to the time left (a PoolTimeout when none is)."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        try:
            _cut_timeouts(request)
        except httpx.PoolTimeout as exc:
            raise httpx.PoolTimeout(str(exc), request=request) from None
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        try:
            _cut_timeouts(request)
        except httpx.PoolTimeout as exc:
            raise httpx.PoolTimeout(str(exc), request=request) from None
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()

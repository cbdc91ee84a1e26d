"""A bearer token that renews itself, for vendors whose tokens expire (diio's refresh, Vocelio's login).

When a token is renewed:

- ahead of its expiry, when the expiry is known (a JWT's ``exp``, or an ``expires_in``): EXPIRY_LEEWAY_SECONDS before
  it, but never in the first half of a renewed token's life, and never for a token that arrived already expired by
  our clock (clock skew): such a token is used until the server refuses it. So a renewal issues a token that is
  used, never one that makes the next request renew again;
- once when a request gets 401 with the current token, after which the request is replayed once.

Renewal is single flight across every thread and event loop using the auth: the first caller that finds the token
stale sends the one renewal request; every other caller, a thread or a task on any event loop, waits for that
renewal and shares its outcome: the new token, or its error (a refused credential or a renewal endpoint that timed
out costs one call, and every waiter's error names the renewal request). A waiter under a deadline (see _deadline)
waits at most until it. The ``on_token_renewed`` callback runs after the new token is in place and outside any
lock, so it may call the client.

A renewal request goes out as the client's own requests do: with the client's headers (User-Agent, the vendor's
required headers, the caller's; the client adds them, see _http), the timeout of the request that needed it, and
never re-sent to another origin by a redirect.
"""

from __future__ import annotations

import base64
import contextlib
import json
import sys
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import httpx

from talkwire_core._credentials import checked_credential
from talkwire_core._logging import redacted_logger
from talkwire_core._redact import OwnedSecrets
from talkwire_core._scrub import scrub_chain
from talkwire_core.errors import APITimeoutError, AuthenticationError, TalkwireError, error_from_response

if TYPE_CHECKING:
    # asyncio is imported where an async flow first waits: sync-only programs never pay for importing it.
    import asyncio

# The client stack's modules (_http, _deadline) are imported where a renewal uses them: a vendor package subclasses
# this auth when it is imported, and they load with the first client built.

logger = redacted_logger("talkwire.auth")

# Renew this long before the expiry we know of, so a token does not die in flight.
EXPIRY_LEEWAY_SECONDS = 60.0


@dataclass(frozen=True)
class Token:
    """An access token; ``issued_at`` is when a renewal received it (our clock), None for a token given to us."""

    access_token: str
    expires_at: float | None = None
    refresh_token: str | None = None
    issued_at: float | None = None

    def __repr__(self) -> str:
        return f"Token(access_token='***', expires_at={self.expires_at!r})"

    def renew_at(self) -> float | None:
        """When to renew ahead of expiry, or None to wait for the server to refuse the token."""
        if self.expires_at is None:
            return None
        if self.issued_at is None:
            return self.expires_at - EXPIRY_LEEWAY_SECONDS
        lifetime = self.expires_at - self.issued_at
        if lifetime <= 0:
            return None
        return self.expires_at - min(EXPIRY_LEEWAY_SECONDS, lifetime / 2)

    def is_fresh(self, now: float) -> bool:
        renew_at = self.renew_at()
        return renew_at is None or now < renew_at


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (no signature check: it only schedules renewal), or None."""
    if not isinstance(token, str):  # a renewal that issued no str: refused by the credential check, not here
        return None
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    exp = payload.get("exp") if isinstance(payload, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


class _Renewal:
    """One renewal in flight. Its leader settles it with the new token or the error; every waiter, a thread or a
    task on any event loop, is woken then and takes that outcome. Settled with neither (the leader was cancelled),
    waiters start over and one of them renews."""

    def __init__(self) -> None:
        self.token: Token | None = None
        self.failure: TalkwireError | None = None
        self.leader_thread = threading.get_ident()
        self._settled = threading.Event()
        self._lock = threading.Lock()
        self._async_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def settle(self, token: Token | None, failure: TalkwireError | None) -> None:
        with self._lock:
            self.token, self.failure = token, failure
            self._settled.set()
            waiters, self._async_waiters = self._async_waiters, []
        for loop, future in waiters:
            # A closed loop raises RuntimeError: nobody is waiting there any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_wake, future)

    def wait(self, request: httpx.Request) -> None:
        """Wait, for `request`, until the renewal is settled (or the deadline `request` is under passes)."""
        if self.leader_thread == threading.get_ident() and not self._settled.is_set():
            # The leader's own thread (an event hook of the renewal request, or a blocking call inside the event loop
            # that leads) would wait for itself forever.
            raise RuntimeError(
                "the client was called from inside its own token renewal (an event hook, or a blocking call on the "
                "event loop that is renewing); that call cannot wait for the renewal it interrupts"
            )
        from talkwire_core._deadline import current_deadline

        deadline = current_deadline()
        if not self._settled.wait(None if deadline is None else max(deadline.remaining(), 0)):
            raise _deadline_passed_waiting(request)

    async def wait_async(self, request: httpx.Request) -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._settled.is_set():
                return
            self._async_waiters.append((loop, future))
        from talkwire_core._deadline import current_deadline

        deadline = current_deadline()
        try:
            await asyncio.wait_for(future, None if deadline is None else max(deadline.remaining(), 0))
        except TimeoutError:
            timed_out = True
        else:
            timed_out = False
        if timed_out:
            raise _deadline_passed_waiting(request)


def _deadline_passed_waiting(request: httpx.Request) -> APITimeoutError:
    from talkwire_core._deadline import current_deadline

    return APITimeoutError(
        method=request.method,
        url=str(request.url),
        reason=f"{current_deadline()} passed while it waited for the token renewal another caller started",
        request=request,
    )


def _unusable_renewal(response: httpx.Response, problem: str) -> AuthenticationError:
    """The error for a 2xx renewal response without a token we can use, naming the renewal request."""
    request = response.request
    return AuthenticationError(
        status_code=response.status_code,
        method=request.method,
        url=str(request.url),
        hint=f"the renewal response {problem}",
    )


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _raised_again(failure: TalkwireError) -> TalkwireError:
    """A copy of a renewal's error for one more caller: one exception object raised in several threads at once
    would collect all of their tracebacks."""
    again = type(failure).__new__(type(failure))
    again.args = failure.args
    again.__dict__.update(failure.__dict__)
    return again


class _Closing:
    """What was propagating when httpx closed an auth flow: httpx sends what the flow yields and, when that send
    raises (a timeout, a refused connection), closes the flow in a ``finally`` instead of throwing the error in."""

    exception: BaseException | None = None


class _WatchedFlow(Generator[httpx.Request, httpx.Response, None]):
    """An auth flow that notes in its _Closing what was propagating when httpx closed it."""

    def __init__(self, flow: Generator[httpx.Request, httpx.Response, None], closing: _Closing) -> None:
        self._flow = flow
        self._closing = closing

    def send(self, value: httpx.Response) -> httpx.Request:
        return self._flow.send(value)

    def throw(self, *args: Any) -> httpx.Request:
        return self._flow.throw(*args)

    def close(self) -> None:
        self._closing.exception = sys.exc_info()[1]
        self._flow.close()


class _WatchedAsyncFlow(AsyncGenerator[httpx.Request, httpx.Response]):
    """The async twin of _WatchedFlow (an async generator's own GeneratorExit does not even chain the exception)."""

    def __init__(self, flow: AsyncGenerator[httpx.Request, httpx.Response], closing: _Closing) -> None:
        self._flow = flow
        self._closing = closing

    async def asend(self, value: httpx.Response) -> httpx.Request:
        return await self._flow.asend(value)

    async def athrow(self, *args: Any) -> httpx.Request:
        return await self._flow.athrow(*args)

    async def aclose(self) -> None:
        self._closing.exception = sys.exc_info()[1]
        await self._flow.aclose()


class RenewingBearerAuth(httpx.Auth):
    """Subclasses say how to renew: ``build_renewal_request`` and ``token_from_renewal``.

    Every token it holds passes talkwire's credential check (see _credentials): the ``access_token`` it is given
    (a ValueError naming it, for `vendor`, when the auth is made), and each access and refresh token a renewal
    issues (an AuthenticationError naming the renewal request and the token; the token held before stays). Neither
    error shows the value.

    Requests of public operations (the login or refresh operation called by the caller) never reach this flow:
    talkwire's clients send them without auth (see _http).
    """

    requires_response_body = True

    def __init__(
        self,
        *,
        access_token: str | None = None,
        on_token_renewed: Callable[[Token], None] | None = None,
        clock: Callable[[], float] = time.time,
        vendor: str = "the API",
    ) -> None:
        if access_token is not None:
            checked_credential(access_token, f"the access_token for {vendor}")
        # The credentials and tokens this auth has known stay masked while it lives (see _redact.OwnedSecrets).
        self.secrets = OwnedSecrets()
        self.secrets.rotate("access_token", access_token)
        self._token = Token(access_token, jwt_expiry(access_token)) if access_token else None
        self._on_token_renewed = on_token_renewed
        self._clock = clock
        # Guards _token and _renewal; held only to read or swap them, never across a request or a wait.
        self._state_lock = threading.Lock()
        self._renewal: _Renewal | None = None
        self.renewals = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'set' if self._token else 'unset'})"

    # --- what a vendor supplies -------------------------------------------------------------------------
    def build_renewal_request(self) -> httpx.Request:
        raise NotImplementedError

    def token_from_renewal(self, response: httpx.Response) -> Token:
        """The new token from a 2xx renewal response; raise ValueError/KeyError/TypeError/AttributeError if it has
        none."""
        raise NotImplementedError

    def apply_token(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    # --- the decisions, shared by the sync and async flows ----------------------------------------------
    @property
    def token(self) -> Token | None:
        return self._token

    def _next_step(self, refused: Token | None) -> tuple[Token | None, _Renewal | None, bool]:
        """(token to use, None, False), or (None, renewal to wait for, False), or (None, renewal to lead, True).

        ``refused`` is the token a 401 just refused; None when the caller only needs a token to send with.
        """
        with self._state_lock:
            token = self._token
            # After a 401, any newer token will do; otherwise the token must be fresh.
            usable = refused is not None or (token is not None and token.is_fresh(self._clock()))
            if token is not None and token is not refused and usable:
                return token, None, False
            if self._renewal is not None:
                return None, self._renewal, False
            self._renewal = _Renewal()
            self.renewals += 1
            return None, self._renewal, True

    def _renewal_request_for(self, request: httpx.Request) -> httpx.Request:
        renewal = self.build_renewal_request()
        # httpx applies the client's timeout to the request it was given, not to requests an auth flow yields:
        # without this, a renewal against a hung server would wait forever.
        if "timeout" not in renewal.extensions and "timeout" in request.extensions:
            renewal.extensions["timeout"] = request.extensions["timeout"]
        from talkwire_core._http import RENEWAL_EXTENSION

        renewal.extensions[RENEWAL_EXTENSION] = True
        return renewal

    def _token_of(self, response: httpx.Response) -> Token:
        """The token a renewal response carries, or the AuthenticationError it stands for."""
        if not response.is_success:
            failure = error_from_response(
                response, hint="renewing the access token failed", as_class=AuthenticationError
            )
            assert isinstance(failure, AuthenticationError)
            raise failure
        try:
            token = self.token_from_renewal(response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            scrub_chain(exc)  # still its context: a JSON error quotes the body, which may echo the credentials
            raise _unusable_renewal(response, f"carries no usable token ({type(exc).__name__})") from None
        try:
            checked_credential(token.access_token, "the access_token it issued")
            if token.refresh_token is not None:
                checked_credential(token.refresh_token, "the refresh_token it issued")
        except ValueError as refused:  # its message names the token, never its value
            raise _unusable_renewal(response, f"carries an unusable token: {refused}") from None
        if token.issued_at is None:
            token = replace(token, issued_at=self._clock())
        self.secrets.rotate("access_token", token.access_token)
        self.secrets.rotate("refresh_token", token.refresh_token)
        return token

    @staticmethod
    def _raise_if_send_failed(renewal_request: httpx.Request, closing: _Closing) -> None:
        """Called when httpx closes the flow while the renewal request was out: if sending it failed, raise that as
        the typed error naming the renewal request (it replaces httpx's exception for the leader); a talkwire error
        (a redirect to another origin refused) is raised again, so that waiters share it."""
        from talkwire_core._http import _transport_error

        if isinstance(closing.exception, httpx.RequestError):
            raise _transport_error(renewal_request, closing.exception) from None
        if isinstance(closing.exception, TalkwireError):
            raise _raised_again(closing.exception) from None

    @contextlib.contextmanager
    def _leading(self, renewal: _Renewal, renewal_request: httpx.Request, closing: _Closing) -> Iterator[None]:
        """Around the leader's renewal: the block sends `renewal_request` and sets ``renewal.token``; leaving it
        settles the renewal with that token, or with the error the block raised (a failed send raised as the typed
        error naming the renewal request)."""
        try:
            try:
                yield
            except httpx.RequestError as exc:  # raised while reading the response body
                from talkwire_core._http import _transport_error

                raise _transport_error(renewal_request, exc) from None
            except GeneratorExit:
                self._raise_if_send_failed(renewal_request, closing)
                raise
        except BaseException as exc:
            self._settle(renewal, None, exc)
            raise
        self._settle(renewal, renewal.token, None)

    def _settle(self, renewal: _Renewal, token: Token | None, failure: BaseException | None) -> None:
        """Publish the leader's outcome: the token, a TalkwireError every waiter raises, or neither (cancelled or
        broken by something not about the renewal: waiters start over)."""
        shared = failure if isinstance(failure, TalkwireError) else None
        with self._state_lock:
            if token is not None:
                self._token = token
            self._renewal = None
        renewal.settle(token, shared)
        if token is not None and self._on_token_renewed is not None:
            try:
                self._on_token_renewed(token)
            except Exception:
                logger.exception("on_tokens_refreshed callback failed; continuing with the new token")

    @staticmethod
    def _outcome_of(renewal: _Renewal) -> Token | None:
        """What a waiter takes from a settled renewal: its token, its error raised, or None to start over."""
        if renewal.failure is not None:
            raise _raised_again(renewal.failure) from None
        return renewal.token

    # --- the flows --------------------------------------------------------------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        closing = _Closing()
        return _WatchedFlow(self._sync_flow(request, closing), closing)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        closing = _Closing()
        return _WatchedAsyncFlow(self._async_flow(request, closing), closing)

    def _sync_flow(self, request: httpx.Request, closing: _Closing) -> Generator[httpx.Request, httpx.Response, None]:
        refused: Token | None = None
        for _ in range(2):  # the request, and its one replay after a 401
            token = yield from self._sync_token(request, refused, closing)
            self.apply_token(request, token)
            response = yield request
            if response.status_code != 401:
                return
            refused = token

    def _sync_token(
        self, request: httpx.Request, refused: Token | None, closing: _Closing
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        token: Token | None = None
        while token is None:
            token, renewal, leading = self._next_step(refused)
            if token is not None:
                break
            assert renewal is not None
            if not leading:
                renewal.wait(request)
                token = self._outcome_of(renewal)
                continue
            renewal_request = self._renewal_request_for(request)
            with self._leading(renewal, renewal_request, closing):
                response = yield renewal_request
                # We override sync_auth_flow, so httpx's base class no longer reads bodies for us.
                response.read()
                renewal.token = self._token_of(response)
            token = renewal.token
        return token

    async def _async_flow(
        self, request: httpx.Request, closing: _Closing
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The same steps as _sync_flow and _sync_token: async generators cannot delegate with `yield from`.
        refused: Token | None = None
        for _ in range(2):
            token: Token | None = None
            while token is None:
                token, renewal, leading = self._next_step(refused)
                if token is not None:
                    break
                assert renewal is not None
                if not leading:
                    await renewal.wait_async(request)
                    token = self._outcome_of(renewal)
                    continue
                renewal_request = self._renewal_request_for(request)
                with self._leading(renewal, renewal_request, closing):
                    response = yield renewal_request
                    await response.aread()
                    renewal.token = self._token_of(response)
                token = renewal.token
            self.apply_token(request, token)
            response = yield request
            if response.status_code != 401:
                return
            refused = token

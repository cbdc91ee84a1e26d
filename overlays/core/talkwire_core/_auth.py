"""A bearer token that renews itself, for vendors whose tokens expire (diio's refresh, Vocelio's login).

The token is renewed ahead of expiry when its expiry is known (a JWT's ``exp``, or an ``expires_in``), and once
when a request gets 401, after which the request is replayed once. Renewal is single flight: any number of
threads, or asyncio tasks, that find the token stale cause one renewal call; the others wait and reuse its
result, including its failure, so a bad credential costs one call, never a loop.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Collection, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from talkwire_core._http import operation_of
from talkwire_core._redact import register_secret
from talkwire_core.errors import AuthenticationError, error_from_response

if TYPE_CHECKING:
    # asyncio is imported where an async flow first needs a lock: sync-only programs never pay for importing it.
    import asyncio

logger = logging.getLogger("talkwire.auth")

# Renew this long before the expiry we know of, so a token does not die in flight.
EXPIRY_LEEWAY_SECONDS = 60.0


@dataclass(frozen=True)
class Token:
    access_token: str
    expires_at: float | None = None
    refresh_token: str | None = None

    def __repr__(self) -> str:
        return f"Token(access_token='***', expires_at={self.expires_at!r})"

    def is_fresh(self, now: float) -> bool:
        return self.expires_at is None or now < self.expires_at - EXPIRY_LEEWAY_SECONDS


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (no signature check: it only schedules renewal), or None."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    exp = payload.get("exp") if isinstance(payload, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


def public_operations(operations: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
    """The operations whose spec security is ``[]`` (diio's refreshToken, Vocelio's login): no token goes on them,
    and their answers never trigger a renewal."""
    return frozenset(name for name, operation in operations.items() if operation.get("security") == [])


class RenewingBearerAuth(httpx.Auth):
    """Subclasses say how to renew: ``build_renewal_request`` and ``token_from_renewal``.

    ``public_operations`` (see ``public_operations()``) pass through untouched: calling the login or refresh
    operation yourself must neither log in first nor turn its 401 into a renewal.
    """

    requires_response_body = True

    def __init__(
        self,
        *,
        access_token: str | None = None,
        on_token_renewed: Callable[[Token], None] | None = None,
        clock: Callable[[], float] = time.time,
        public_operations: Collection[str] = (),
    ) -> None:
        register_secret(access_token)
        self._public_operations = frozenset(public_operations)
        self._token = Token(access_token, jwt_expiry(access_token)) if access_token else None
        self._on_token_renewed = on_token_renewed
        self._clock = clock
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        # Bumped by every renewal attempt; lets a waiter tell that the renewal it waited for has happened.
        self._epoch = 0
        self._last_failure: AuthenticationError | None = None
        self.renewals = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'set' if self._token else 'unset'})"

    # --- what a vendor supplies -------------------------------------------------------------------------
    def build_renewal_request(self) -> httpx.Request:
        raise NotImplementedError

    def token_from_renewal(self, response: httpx.Response) -> Token:
        """The new token from a 2xx renewal response; raise ValueError/KeyError/TypeError if it has none."""
        raise NotImplementedError

    def apply_token(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    # --- the flow ---------------------------------------------------------------------------------------
    @property
    def token(self) -> Token | None:
        return self._token

    def _fresh_token(self) -> Token | None:
        token = self._token
        return token if token is not None and token.is_fresh(self._clock()) else None

    def _reuse_or_raise(self, stale: Token | None, epoch: int) -> Token | None:
        """Inside the lock: a token someone else renewed meanwhile, their failure raised, or None to renew."""
        if self._epoch != epoch and self._last_failure is not None:
            raise self._last_failure
        current = self._fresh_token()
        if current is not None and current is not stale:
            return current
        return None

    def _accept_renewal(self, response: httpx.Response) -> Token:
        self._epoch += 1
        self.renewals += 1
        if not response.is_success:
            failure = error_from_response(
                response, hint="renewing the access token failed", as_class=AuthenticationError
            )
            assert isinstance(failure, AuthenticationError)
            self._last_failure = failure
            raise failure
        try:
            token = self.token_from_renewal(response)
        except (KeyError, TypeError, ValueError) as exc:
            failure = AuthenticationError(
                status_code=response.status_code,
                method=response.request.method,
                url=str(response.request.url),
                hint=f"the renewal response carries no usable token ({type(exc).__name__})",
            )
            self._last_failure = failure
            raise failure from None
        register_secret(token.access_token, token.refresh_token)
        self._token = token
        self._last_failure = None
        if self._on_token_renewed is not None:
            try:
                self._on_token_renewed(token)
            except Exception:
                logger.exception("on_tokens_refreshed callback failed; continuing with the new token")
        return token

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def _renewal_request_for(self, request: httpx.Request) -> httpx.Request:
        renewal = self.build_renewal_request()
        # httpx applies the client's timeout to the request it was given, not to requests an auth flow yields:
        # without this, a renewal against a hung server would wait forever.
        if "timeout" not in renewal.extensions and "timeout" in request.extensions:
            renewal.extensions["timeout"] = request.extensions["timeout"]
        return renewal

    def _renew_sync(
        self, request: httpx.Request, stale: Token | None
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        epoch = self._epoch
        with self._thread_lock:
            token = self._reuse_or_raise(stale, epoch)
            if token is None:
                response = yield self._renewal_request_for(request)
                # We override sync_auth_flow, so httpx's base class no longer reads bodies for us.
                response.read()
                token = self._accept_renewal(response)
        return token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if operation_of(request) in self._public_operations:
            yield request
            return
        token = self._fresh_token()
        if token is None:
            token = yield from self._renew_sync(request, stale=self._token)
        self.apply_token(request, token)
        response = yield request
        if response.status_code == 401:
            token = yield from self._renew_sync(request, stale=token)
            self.apply_token(request, token)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # Async generators cannot `yield from`, so the renewal is spelled out twice; the decisions are shared.
        if operation_of(request) in self._public_operations:
            yield request
            return
        token = self._fresh_token()
        if token is None:
            stale, epoch = self._token, self._epoch
            async with self._async_lock():
                token = self._reuse_or_raise(stale, epoch)
                if token is None:
                    response = yield self._renewal_request_for(request)
                    await response.aread()
                    token = self._accept_renewal(response)
        self.apply_token(request, token)
        response = yield request
        if response.status_code == 401:
            stale, epoch = token, self._epoch
            async with self._async_lock():
                renewed = self._reuse_or_raise(stale, epoch)
                if renewed is None:
                    renewal = yield self._renewal_request_for(request)
                    await renewal.aread()
                    renewed = self._accept_renewal(renewal)
            self.apply_token(request, renewed)
            yield request

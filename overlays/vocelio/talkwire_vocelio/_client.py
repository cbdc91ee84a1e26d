"""VocelioClient: the generated Vocelio client, configured (login or static token, `X-API-Version`, error
envelopes as typed errors, rate-limit waits, retries, timeouts, paging)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import httpx
from talkwire_core import (
    BodyStatusTransport,
    ClientSettings,
    RetryPolicy,
    StaticBearerAuth,
    Token,
    VendorClientMixin,
    raise_for_api_error_noting_wire_status,
)
from talkwire_vocelio_api.client import AuthenticatedClient

from talkwire_vocelio._auth import API_VERSION, VocelioLoginAuth
from talkwire_vocelio._errors import implied_status

Environment = Literal["production", "staging", "development"]
# The spec's `servers`, by the name the document gives each (a test keeps them equal).
ENVIRONMENTS: dict[str, str] = {
    "production": "https://api.vocelio.ai",
    "staging": "https://api-staging.vocelio.ai",
    "development": "http://localhost:3000",
}


def base_url_for(environment: str) -> str:
    try:
        return ENVIRONMENTS[environment]
    except KeyError:
        choices = ", ".join(ENVIRONMENTS)
        raise ValueError(
            f"unknown Vocelio environment {environment!r}: choose one of {choices}, or pass base_url="
        ) from None


class VocelioClient(VendorClientMixin, AuthenticatedClient):
    """Pass it as ``client=`` to any operation of ``talkwire_vocelio_api.api``; use as a (async) context manager.

    Authenticate with either ``token`` (a JWT or API key used as is) or ``email`` and ``password`` (logged in on
    first use and again ahead of expiry or on a 401 / `AUTH_002`). ``environment`` picks one of Vocelio's
    servers; ``base_url`` overrides it (proxies, mocks). ``retry`` also caps how long a 429 waits for the
    rate-limit reset (``RetryPolicy.max_wait``, default 30 s).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        environment: Environment = "production",
        base_url: str | None = None,
        on_token_renewed: Callable[[Token], None] | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        base_url = base_url or base_url_for(environment)
        self.auth: httpx.Auth
        if token is not None:
            if email is not None or password is not None:
                raise ValueError("pass either token= or email= and password=, not both")
            if on_token_renewed is not None:
                raise ValueError("on_token_renewed= needs email= and password=: a static token is never renewed")
            self.auth = StaticBearerAuth(token, vendor="Vocelio")
        elif email and password:
            self.auth = VocelioLoginAuth(
                base_url=base_url, email=email, password=password, on_token_renewed=on_token_renewed
            )
        else:
            raise ValueError("Vocelio needs token=, or email= and password= to log in")
        settings = ClientSettings(
            base_url=base_url,
            distribution="talkwire-vocelio",
            auth=self.auth,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            headers={"X-API-Version": API_VERSION},
            check_response=raise_for_api_error_noting_wire_status,
            transport=BodyStatusTransport(implied_status, transport),
            httpx_args=httpx_args or {},
        )
        super().__init__(
            base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
        )


class AsyncVocelioClient(VocelioClient):
    """The same client, named for async code: ``async with AsyncVocelioClient(...) as vocelio: await op.asyncio(...)``.

    Every VocelioClient serves both ``sync`` and ``asyncio`` calls; each side opens its own connection pool.
    """

"""VocelioClient: the generated Vocelio client, configured (login or static token, `X-API-Version`, error
envelopes as typed errors, rate-limit waits, retries, timeouts, paging)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Unpack

import httpx
from talkwire_core import ClientOptionError, ClientOptions, StaticBearerAuth, Token, Vendor, VendorClient
from talkwire_vocelio_api._operations import OPERATIONS
from talkwire_vocelio_api.client import AuthenticatedClient
from talkwire_vocelio_api.types import UNSET

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
        raise ClientOptionError(
            "environment", f"unknown Vocelio environment {environment!r}: choose one of {choices}, or pass base_url="
        ) from None


VOCELIO = Vendor(
    name="Vocelio",
    distribution="talkwire-vocelio",
    operations=OPERATIONS,
    unset=UNSET,
    server=ENVIRONMENTS["production"],
    headers={"X-API-Version": API_VERSION},
    # Vocelio may answer HTTP 200 with `{"success": false, "error": {...}}`: its code decides the status.
    implied_status=implied_status,
)


class VocelioClient(VendorClient, AuthenticatedClient):
    """Every operation of the spec as a method of a resource (``client.<resource>.<method>(...)``, async under
    ``client.aio``; reference: the generated package's ``api.md``); use as a (async) context manager.

    Authenticate with either ``token`` (a JWT or API key used as is) or ``email`` and ``password`` (logged in on
    first use and again ahead of expiry or on a 401 / `AUTH_002`). ``environment`` picks one of Vocelio's
    servers; ``base_url`` overrides it (proxies, mocks). ``options``: talkwire-core's client options (``timeout``,
    ``retry``, ``transport``, ``httpx_args``); ``retry`` also caps how long a 429 waits for the rate-limit reset
    (``RetryPolicy.max_wait``, default 30 s).
    """

    vendor = VOCELIO

    def __init__(
        self,
        *,
        token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        environment: Environment = "production",
        base_url: str | None = None,
        on_token_renewed: Callable[[Token], None] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        base_url = base_url or base_url_for(environment)
        auth: httpx.Auth
        if token is not None:
            if email is not None or password is not None:
                raise ValueError("pass either token= or email= and password=, not both")
            if on_token_renewed is not None:
                raise ValueError("on_token_renewed= needs email= and password=: a static token is never renewed")
            auth = StaticBearerAuth(token, vendor="Vocelio")
        elif email is None and password is None:
            raise ValueError("Vocelio needs token=, or email= and password= to log in")
        else:
            # A login was meant: the login auth names the credential that is missing or flawed.
            auth = VocelioLoginAuth(
                base_url=base_url, email=email, password=password, on_token_renewed=on_token_renewed
            )
        super().__init__(auth, base_url=base_url, **options)


# One client serves sync and async calls (talkwire-core's rule for every vendor); the alias reads well in async code.
AsyncVocelioClient = VocelioClient

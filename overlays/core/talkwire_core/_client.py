"""One way to build the httpx clients behind every vendor client: user agent, timeouts, retries, typed errors,
auth flow, log redaction, base URL override, and an optional caller-supplied transport."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx

from talkwire_core._http import CheckedAsyncClient, CheckedClient, ResponseCheck, raise_for_api_error
from talkwire_core._logging import install_log_redaction
from talkwire_core._redact import redact
from talkwire_core._retry_policy import RetryPolicy

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# httpx applies these to the network transport it creates itself, and ignores them when it is handed a transport,
# as talkwire's clients always are (the retry layer): so they also go to the network transport built here.
NETWORK_TRANSPORT_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits")


@cache
def distribution_version(distribution: str) -> str:
    # Imported here, not at the top: importlib.metadata costs several milliseconds of every program's start, and
    # only building a client (its User-Agent) needs it.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "0+unknown"


def user_agent(distribution: str) -> str:
    return (
        f"{distribution}/{distribution_version(distribution)} "
        f"talkwire-core/{distribution_version('talkwire-core')} httpx/{httpx.__version__}"
    )


@dataclass
class ClientSettings:
    """Everything a vendor client configures on its httpx clients.

    ``transport`` replaces the network transport (tests, proxies, mocks); it must be sync for the sync client and
    async for the async one, or both (``httpx.MockTransport`` is both).
    """

    base_url: str
    distribution: str
    auth: httpx.Auth | None = None
    timeout: httpx.Timeout | float | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    headers: Mapping[str, str] = field(default_factory=dict)
    check_response: ResponseCheck = raise_for_api_error
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    httpx_args: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"ClientSettings(base_url={redact(self.base_url)!r}, distribution={self.distribution!r})"

    def _common(self) -> dict[str, Any]:
        install_log_redaction()
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": DEFAULT_TIMEOUT if self.timeout is None else self.timeout,
            "headers": {"User-Agent": user_agent(self.distribution), **self.headers},
            "check_response": self.check_response,
            **self.httpx_args,
        }

    def _network_transport_args(self) -> dict[str, Any]:
        return {key: value for key, value in self.httpx_args.items() if key in NETWORK_TRANSPORT_ARGS}

    def build_sync(self) -> httpx.Client:
        from talkwire_core._retry import PolicyRetryTransport

        if isinstance(self.transport, httpx.BaseTransport):
            inner: httpx.BaseTransport = self.transport
        else:
            inner = httpx.HTTPTransport(**self._network_transport_args())
        return CheckedClient(transport=PolicyRetryTransport(inner, self.retry), **self._common())

    def build_async(self) -> httpx.AsyncClient:
        from talkwire_core._retry import PolicyRetryTransport

        if isinstance(self.transport, httpx.AsyncBaseTransport):
            inner: httpx.AsyncBaseTransport = self.transport
        else:
            inner = httpx.AsyncHTTPTransport(**self._network_transport_args())
        return CheckedAsyncClient(transport=PolicyRetryTransport(inner, self.retry), **self._common())

    def factories(self) -> tuple[Callable[[], httpx.Client], Callable[[], httpx.AsyncClient]]:
        return self.build_sync, self.build_async

"""VidaClient: the generated Vida client, configured (query-token auth, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

from typing import Any

import httpx
from talkwire_core import ClientSettings, RetryPolicy, VendorClientMixin
from talkwire_vida_api.client import AuthenticatedClient

from talkwire_vida._auth import QueryTokenAuth

PRODUCTION_URL = "https://api.vida.dev"


class VidaClient(VendorClientMixin, AuthenticatedClient):
    """Pass it as ``client=`` to any operation of ``talkwire_vida_api.api``; use as a (async) context manager.

    ``base_url`` overrides Vida's server (tests, proxies); ``transport`` replaces the network layer;
    ``timeout`` and ``retry`` override the defaults of talkwire-core (5 s connect / 30 s, 2 retries).
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = PRODUCTION_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        settings = ClientSettings(
            base_url=base_url,
            distribution="talkwire-vida",
            auth=QueryTokenAuth(token),
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            httpx_args=httpx_args or {},
        )
        super().__init__(
            base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
        )


class AsyncVidaClient(VidaClient):
    """The same client, named for async code: ``async with AsyncVidaClient(token) as vida: await op.asyncio(...)``.

    Every VidaClient serves both ``sync`` and ``asyncio`` calls; each side opens its own connection pool on first use.
    """

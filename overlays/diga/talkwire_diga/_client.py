"""DigaClient: the generated diga client, configured (project API key, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

from typing import Any

import httpx
from talkwire_core import ClientSettings, RetryPolicy, StaticBearerAuth, VendorClientMixin
from talkwire_diga_api.client import AuthenticatedClient

from talkwire_diga._errors import check_diga_response

# The only server diga's spec declares.
PRODUCTION_URL = "https://api.diga.io"


class DigaClient(VendorClientMixin, AuthenticatedClient):
    """Pass it as ``client=`` to any operation of ``talkwire_diga_api.api``; use as a (async) context manager.

    ``api_key`` is the project's API key (sent as ``Authorization: Bearer …``; a key belongs to one project, which
    scopes every request). ``base_url`` overrides diga's server (tests, proxies); ``transport`` replaces the
    network layer; ``timeout`` and ``retry`` override talkwire-core's defaults (5 s connect / 30 s, 2 retries).
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = PRODUCTION_URL,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        settings = ClientSettings(
            base_url=base_url,
            distribution="talkwire-diga",
            auth=StaticBearerAuth(api_key, vendor="diga (a project API key)"),
            timeout=timeout,
            retry=retry or RetryPolicy(),
            check_response=check_diga_response,
            transport=transport,
            httpx_args=httpx_args or {},
        )
        super().__init__(
            base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
        )


class AsyncDigaClient(DigaClient):
    """The same client, named for async code: ``async with AsyncDigaClient(api_key) as diga:``.

    Every DigaClient serves both ``sync`` and ``asyncio`` calls; each side opens its own connection pool on first
    use.
    """

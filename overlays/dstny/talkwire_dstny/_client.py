"""DstnyClient: the generated Dstny CI 2.0 client, configured (bearer `mt_…` token, retries that honour the 429
body's `retryAfter`, timeouts, typed errors that name a missing scope, cursor paging)."""

from __future__ import annotations

from typing import Any

import httpx
from talkwire_core import ClientSettings, RetryPolicy, StaticBearerAuth, VendorClientMixin, scope_aware_check
from talkwire_dstny_api._operations import OPERATIONS
from talkwire_dstny_api.client import AuthenticatedClient

# The spec's `servers` entry: the host is per tenant and undocumented, so it is a server variable.
SERVER_URL_TEMPLATE = "https://{host}/api/v1"

# Dstny documents `retryAfter: 60` in its 429 body; waiting that long (and no longer) before the retry is what
# the vendor asks for, so the cap is raised from talkwire-core's 30 s default.
DEFAULT_RETRY = RetryPolicy(max_wait=60.0)


def base_url_for(host: str) -> str:
    """The API root on a tenant's host (``acme.example`` → ``https://acme.example/api/v1``)."""
    if not host or "/" in host or any(char.isspace() for char in host):
        raise ValueError(f"`host` is a host name such as 'ci.example.com', not a URL (got {host!r}); use base_url=")
    return SERVER_URL_TEMPLATE.format(host=host)


class DstnyClient(VendorClientMixin, AuthenticatedClient):
    """Pass it as ``client=`` to any operation of ``talkwire_dstny_api.api``; use as a (async) context manager.

    ``host`` fills the spec's server variable (your tenant's CI 2.0 host; Dstny does not document a public one);
    ``base_url`` replaces the whole server URL instead (tests, proxies). ``timeout`` and ``retry`` override the
    defaults (5 s connect / 30 s, 2 retries waiting up to 60 s for a 429's ``retryAfter``).
    """

    def __init__(
        self,
        token: str,
        *,
        host: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        if base_url is None:
            if host is None:
                raise ValueError(
                    "give your tenant's CI 2.0 `host` (Dstny documents no public host) or a full `base_url`"
                )
            base_url = base_url_for(host)
        settings = ClientSettings(
            base_url=base_url,
            distribution="talkwire-dstny",
            auth=StaticBearerAuth(token, vendor="Dstny CI 2.0 (an `mt_…` REST API token)"),
            timeout=timeout,
            retry=retry or DEFAULT_RETRY,
            check_response=scope_aware_check(OPERATIONS),
            transport=transport,
            httpx_args=httpx_args or {},
        )
        super().__init__(
            base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
        )


class AsyncDstnyClient(DstnyClient):
    """The same client, named for async code: ``async with AsyncDstnyClient(token, host=…) as dstny:``.

    Every DstnyClient serves both ``sync`` and ``asyncio`` calls; each side opens its own connection pool on first
    use.
    """

"""DiioClient: the generated diio client, configured (token refresh, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
from talkwire_core import ClientSettings, RetryPolicy, TalkwireError, Token, VendorClientMixin
from talkwire_diio_api.api.exports import get_export
from talkwire_diio_api.client import AuthenticatedClient
from talkwire_diio_api.models.export import Export
from talkwire_diio_api.models.export_status import ExportStatus

from talkwire_diio._auth import DiioRefreshAuth

BASE_URL_TEMPLATE = "https://{subdomain}.diio.com/api/external"


class ExportFailedError(TalkwireError):
    """The export ended in diio's `error` state; ``export`` is its last state."""

    def __init__(self, export: Export) -> None:
        self.export = export
        super().__init__(f"export {export.id} failed (status {export.status})")


class ExportTimeoutError(TalkwireError, TimeoutError):
    """The export did not finish in time; ``export`` is the last state seen."""

    def __init__(self, export: Export, waited: float) -> None:
        self.export = export
        super().__init__(f"export {export.id} still {export.status} after {waited:.0f}s")


def _as_uuid(export_id: str | UUID) -> UUID:
    return export_id if isinstance(export_id, UUID) else UUID(export_id)


def _finished(export: Export) -> bool:
    if export.status == ExportStatus.ERROR:
        raise ExportFailedError(export)
    return export.status == ExportStatus.FINISHED


class DiioClient(VendorClientMixin, AuthenticatedClient):
    """Pass it as ``client=`` to any operation of ``talkwire_diio_api.api``; use as a (async) context manager.

    The access token is optional: without one, the first request refreshes first. ``on_tokens_refreshed`` is
    called with the new tokens after every refresh (diio may rotate the refresh token: persist it).
    ``base_url`` overrides ``https://{subdomain}.diio.com/api/external`` (tests, proxies).
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        subdomain: str | None = None,
        access_token: str | None = None,
        on_tokens_refreshed: Callable[[Token], None] | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        if base_url is None:
            if not subdomain:
                raise ValueError("give the company `subdomain` (or a `base_url`)")
            base_url = BASE_URL_TEMPLATE.format(subdomain=subdomain)
        self.auth = DiioRefreshAuth(
            base_url=base_url,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            access_token=access_token,
            on_tokens_refreshed=on_tokens_refreshed,
        )
        settings = ClientSettings(
            base_url=base_url,
            distribution="talkwire-diio",
            auth=self.auth,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            transport=transport,
            httpx_args=httpx_args or {},
        )
        super().__init__(
            base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
        )

    def wait_for_export(self, export_id: str | UUID, *, timeout: float = 600.0, poll_interval: float = 5.0) -> Export:
        """Poll an export until it is `finished` (returned) or `error` (ExportFailedError), or `timeout` passes
        (ExportTimeoutError)."""
        started = time.monotonic()
        while True:
            export = get_export.sync(client=self, uuid=_as_uuid(export_id))
            if _finished(export):
                return export
            waited = time.monotonic() - started
            if waited + poll_interval > timeout:
                raise ExportTimeoutError(export, waited)
            time.sleep(poll_interval)

    async def await_export(
        self, export_id: str | UUID, *, timeout: float = 600.0, poll_interval: float = 5.0
    ) -> Export:
        """Async twin of ``wait_for_export``."""
        import asyncio  # here, not at the top: sync users should not pay for importing asyncio

        started = time.monotonic()
        while True:
            export = await get_export.asyncio(client=self, uuid=_as_uuid(export_id))
            if _finished(export):
                return export
            waited = time.monotonic() - started
            if waited + poll_interval > timeout:
                raise ExportTimeoutError(export, waited)
            await asyncio.sleep(poll_interval)


class AsyncDiioClient(DiioClient):
    """The same client, named for async code: ``async with AsyncDiioClient(...) as diio: await op.asyncio(...)``."""

"""DiioClient: the generated diio client, configured (token refresh, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Unpack

from talkwire_core import ClientOptions, TalkwireError, Token, Vendor, VendorClient
from talkwire_diio_api._operations import OPERATIONS
from talkwire_diio_api.client import AuthenticatedClient
from talkwire_diio_api.types import UNSET

from talkwire_diio._auth import DiioRefreshAuth

if TYPE_CHECKING:
    from uuid import UUID

    from talkwire_diio_api.models.export import Export

# The export models and uuid are imported where an export is awaited, not with the client: importing
# talkwire_diio should cost no more than the operations a program uses (issue 16's cold-import goal).

DIIO = Vendor(
    name="diio",
    distribution="talkwire-diio",
    operations=OPERATIONS,
    unset=UNSET,
    server="https://{subdomain}.diio.com/api/external",
)


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
    from uuid import UUID  # on first use (see above)

    return export_id if isinstance(export_id, UUID) else UUID(export_id)


def _finished(export: Export) -> bool:
    from talkwire_diio_api.models.export_status import ExportStatus  # on first use (see above)

    if export.status == ExportStatus.ERROR:
        raise ExportFailedError(export)
    return export.status == ExportStatus.FINISHED


class DiioClient(VendorClient, AuthenticatedClient):
    """Every operation of the spec as a method of a resource (``client.<resource>.<method>(...)``, async under
    ``client.aio``; reference: the generated package's ``api.md``); use as a (async) context manager.

    The access token is optional: without one, the first request refreshes first. ``on_tokens_refreshed`` is
    called with the new tokens after every refresh (diio may rotate the refresh token: persist it).
    ``subdomain`` fills ``https://{subdomain}.diio.com/api/external``; ``base_url`` replaces it (tests, proxies).
    ``options``: talkwire-core's client options (``timeout``, ``retry``, ``transport``, ``httpx_args``).
    """

    vendor = DIIO

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
        **options: Unpack[ClientOptions],
    ) -> None:
        base_url = base_url or DIIO.server_url(subdomain=subdomain)
        auth = DiioRefreshAuth(
            base_url=base_url,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            access_token=access_token,
            on_tokens_refreshed=on_tokens_refreshed,
        )
        super().__init__(auth, base_url=base_url, **options)

    def wait_for_export(self, export_id: str | UUID, *, timeout: float = 600.0, poll_interval: float = 5.0) -> Export:
        """Poll an export until it is `finished` (returned) or `error` (ExportFailedError), or `timeout` passes
        (ExportTimeoutError)."""
        started = time.monotonic()
        while True:
            export = self.exports.get(_as_uuid(export_id))
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
            export = await self.aio.exports.get(_as_uuid(export_id))
            if _finished(export):
                return export
            waited = time.monotonic() - started
            if waited + poll_interval > timeout:
                raise ExportTimeoutError(export, waited)
            await asyncio.sleep(poll_interval)


# One client serves sync and async calls (talkwire-core's rule for every vendor); the alias reads well in async code.
AsyncDiioClient = DiioClient

"""VidaClient: the generated Vida client, configured (query-token auth, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

from typing import Unpack

from talkwire_core import ClientOptions, Vendor, VendorClient
from talkwire_vida_api._operations import OPERATIONS
from talkwire_vida_api.client import AuthenticatedClient
from talkwire_vida_api.types import UNSET

from talkwire_vida._auth import QueryTokenAuth

VIDA = Vendor(
    name="Vida",
    distribution="talkwire-vida",
    operations=OPERATIONS,
    unset=UNSET,
    server="https://api.vida.dev",
)


class VidaClient(VendorClient, AuthenticatedClient):
    """Every operation of the spec as a method of a resource (``client.<resource>.<method>(...)``, async under
    ``client.aio``; reference: the generated package's ``api.md``); use as a (async) context manager.

    ``base_url`` overrides Vida's server (tests, proxies). ``options``: talkwire-core's client options (``timeout``,
    ``retry``, ``transport``, ``httpx_args``).
    """

    vendor = VIDA

    def __init__(self, token: str, *, base_url: str | None = None, **options: Unpack[ClientOptions]) -> None:
        super().__init__(QueryTokenAuth(token), base_url=base_url, **options)


# One client serves sync and async calls (talkwire-core's rule for every vendor); the alias reads well in async code.
AsyncVidaClient = VidaClient

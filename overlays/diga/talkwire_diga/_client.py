"""DigaClient: the generated diga client, configured (project API key, retries, timeouts, typed errors, paging)."""

from __future__ import annotations

from typing import Unpack

from talkwire_core import ClientOptions, StaticBearerAuth, Vendor, VendorClient
from talkwire_diga_api._operations import OPERATIONS
from talkwire_diga_api.client import AuthenticatedClient
from talkwire_diga_api.types import UNSET

from talkwire_diga._errors import error_class, error_hint

DIGA = Vendor(
    name="diga",
    distribution="talkwire-diga",
    operations=OPERATIONS,
    unset=UNSET,
    server="https://api.diga.io",  # the only server diga's spec declares
    error_class=error_class,
    error_hint=error_hint,
)


class DigaClient(VendorClient, AuthenticatedClient):
    """Every operation of the spec as a method of a resource (``client.<resource>.<method>(...)``, async under
    ``client.aio``; reference: the generated package's ``api.md``); use as a (async) context manager.

    ``api_key`` is the project's API key (sent as ``Authorization: Bearer …``; a key belongs to one project, which
    scopes every request). ``base_url`` overrides diga's server (tests, proxies). ``options``: talkwire-core's client
    options (``timeout``, ``retry``, ``transport``, ``httpx_args``).
    """

    vendor = DIGA

    def __init__(self, api_key: str, *, base_url: str | None = None, **options: Unpack[ClientOptions]) -> None:
        super().__init__(StaticBearerAuth(api_key, vendor="diga (a project API key)"), base_url=base_url, **options)


# One client serves sync and async calls (talkwire-core's rule for every vendor); the alias reads well in async code.
AsyncDigaClient = DigaClient

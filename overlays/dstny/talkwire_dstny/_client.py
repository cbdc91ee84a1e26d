"""DstnyClient: the generated Dstny CI 2.0 client, configured (bearer `mt_…` token, retries that honour the 429
body's `retryAfter`, timeouts, typed errors that name a missing scope, cursor paging)."""

from __future__ import annotations

from typing import Unpack

from talkwire_core import ClientOptions, RetryPolicy, StaticBearerAuth, Vendor, VendorClient
from talkwire_dstny_api._operations import OPERATIONS
from talkwire_dstny_api.client import AuthenticatedClient
from talkwire_dstny_api.types import UNSET

DSTNY = Vendor(
    name="Dstny CI 2.0",
    distribution="talkwire-dstny",
    operations=OPERATIONS,  # its `x-required-scopes` name the scopes a 403 lacks
    unset=UNSET,
    # The spec's `servers` entry: the host is per tenant and undocumented, so it is a server variable.
    server="https://{host}/api/v1",
    # Dstny documents `retryAfter: 60` in its 429 body; waiting that long (and no longer) before the retry is what
    # the vendor asks for, so the cap is raised from talkwire-core's 30 s default.
    retry=RetryPolicy(max_wait=60.0),
)


class DstnyClient(VendorClient, AuthenticatedClient):
    """Every operation of the spec as a method of a resource (``client.<resource>.<method>(...)``, async under
    ``client.aio``; reference: the generated package's ``api.md``); use as a (async) context manager.

    ``host`` fills the spec's server variable (your tenant's CI 2.0 host; Dstny does not document a public one);
    ``base_url`` replaces the whole server URL instead (tests, proxies). ``options``: talkwire-core's client options
    (``timeout``, ``retry``, ``transport``, ``httpx_args``); by default 2 retries waiting up to 60 s for a 429's
    ``retryAfter``.
    """

    vendor = DSTNY

    def __init__(
        self, token: str, *, host: str | None = None, base_url: str | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        base_url = base_url or DSTNY.server_url(host=host)
        super().__init__(
            StaticBearerAuth(token, vendor="Dstny CI 2.0 (an `mt_…` REST API token)"), base_url=base_url, **options
        )


# One client serves sync and async calls (talkwire-core's rule for every vendor); the alias reads well in async code.
AsyncDstnyClient = DstnyClient

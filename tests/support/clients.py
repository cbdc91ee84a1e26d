"""talkwire-core's client stack without a vendor package: a declaration with no operations, assembled by core.

For tests and benchmarks of core's own layers (retries, typed errors, redaction, body checks).
"""

from __future__ import annotations

from typing import Any, Unpack

import httpx
from talkwire_core import ClientAssembly, ClientOptions, Vendor


def bare_vendor(**declaration: Any) -> Vendor:
    """A vendor declaration for tests: no operations unless given, a sentinel of its own for UNSET."""
    return Vendor(
        **{"name": "test", "distribution": "talkwire-test", "operations": {}, "unset": object(), **declaration}
    )


def core_client(
    base_url: str = "https://vendor.test",
    *,
    vendor: Vendor | None = None,
    auth: httpx.Auth | None = None,
    **options: Unpack[ClientOptions],
) -> httpx.Client:
    """The sync httpx client talkwire-core assembles for `vendor` (a bare test vendor by default)."""
    return ClientAssembly(vendor or bare_vendor(), base_url=base_url, auth=auth, **options).sync_client()


def core_async_client(
    base_url: str = "https://vendor.test",
    *,
    vendor: Vendor | None = None,
    auth: httpx.Auth | None = None,
    **options: Unpack[ClientOptions],
) -> httpx.AsyncClient:
    """The async twin of `core_client`."""
    return ClientAssembly(vendor or bare_vendor(), base_url=base_url, auth=auth, **options).async_client()

"""The options every talkwire client takes, checked when the client is built, each sent to the layer it belongs to.

``timeout`` and ``retry`` replace talkwire's defaults; ``deadline`` bounds every call as a whole (see _deadline);
``transport`` replaces the network layer only (checks,
retries, auth and typed errors still apply over it); ``httpx_args`` are httpx.Client's own options: the network ones
(``NETWORK_ARGS``) configure the network layer, the others the httpx client, and ``headers`` are added to the
vendor's required headers and talkwire's User-Agent, never replacing them. An option that cannot be honoured is
refused here with a ``ClientOptionError`` naming it, not ignored or left to fail at the first request.

What a client takes is declared here; checking the rest and splitting it by layer (``_resolved_options``) happens
when a client is built.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from talkwire_core._retry_policy import RetryPolicy  # at run time too: get_type_hints(ClientOptions) resolves it
from talkwire_core.errors import ClientOptionError

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class ClientOptions(TypedDict, total=False):
    """What every vendor client takes besides its credentials and base URL (``**options`` of its constructor)."""

    timeout: httpx.Timeout | float | None
    deadline: float | None
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    httpx_args: Mapping[str, Any] | None


CLIENT_OPTIONS = frozenset(ClientOptions.__optional_keys__)


def checked_timeout(timeout: object) -> httpx.Timeout:
    """The client's timeout: talkwire's default for None; a number or every set part of an httpx.Timeout above 0."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        parts = {"connect": timeout.connect, "read": timeout.read, "write": timeout.write, "pool": timeout.pool}
        for name, seconds in parts.items():
            if seconds is not None and not seconds > 0:
                raise ClientOptionError(
                    f"timeout.{name}", f"must be more than 0 seconds (or None: no limit), got {seconds!r}"
                )
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or math.isnan(timeout) or timeout <= 0:
        raise ClientOptionError("timeout", f"must be a number of seconds above 0 or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(timeout)

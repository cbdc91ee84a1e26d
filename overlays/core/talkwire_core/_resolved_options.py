"""A client's options (``ClientOptions``), checked when the client is built and split by the layer each configures.

See _options for what each option does; an option that cannot be honoured is refused here with a
``ClientOptionError`` naming it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from talkwire_core._deadline import checked_deadline
from talkwire_core._headers import checked_headers
from talkwire_core._network import NETWORK_ARGS, NetworkSettings
from talkwire_core._options import CLIENT_OPTIONS, checked_timeout
from talkwire_core._retry_policy import RetryPolicy
from talkwire_core.errors import ClientOptionError

# httpx.Client's options that configure the httpx client itself (headers are merged, see below).
CLIENT_ARGS = frozenset(
    {"headers", "cookies", "params", "event_hooks", "follow_redirects", "max_redirects", "default_encoding"}
)
# httpx.Client's options that talkwire clients take elsewhere, or cannot honour, and why.
MISPLACED_ARGS: Mapping[str, str] = {
    "base_url": "pass base_url= to the client",
    "auth": "the client's credentials are its own parameters (token=, api_key=, ...)",
    "transport": "pass transport= to the client: it replaces the network layer, under talkwire's checks and retries",
    "timeout": "pass timeout= to the client",
    "mounts": "mounted transports would bypass talkwire's retries and checks: pass proxy= or transport= instead",
    "proxies": "httpx replaced it with proxy=",
    "app": "pass transport=httpx.WSGITransport(app) or httpx.ASGITransport(app)",
}


@cache
def distribution_version(distribution: str) -> str:
    # Imported here, not at the top: importlib.metadata costs several milliseconds of every program's start, and
    # only building a client (its User-Agent) needs it.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "0+unknown"


def user_agent(distribution: str) -> str:
    return (
        f"{distribution}/{distribution_version(distribution)} "
        f"talkwire-core/{distribution_version('talkwire-core')} httpx/{httpx.__version__}"
    )


@dataclass(frozen=True)
class ResolvedOptions:
    """The caller's options, checked, split by the layer each one configures."""

    timeout: httpx.Timeout
    deadline: float | None  # seconds each call may take in all, retries and renewal included
    retry: RetryPolicy
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    network: NetworkSettings
    client_args: Mapping[str, Any]  # for httpx.Client, headers already merged


def resolve_options(
    options: Mapping[str, Any], *, distribution: str, required_headers: Mapping[str, str], default_retry: RetryPolicy
) -> ResolvedOptions:
    """``options`` (a ``ClientOptions``) checked; raises ClientOptionError naming the first one at fault."""
    unknown = sorted(set(options) - CLIENT_OPTIONS)
    if unknown:
        raise ClientOptionError(unknown[0], f"not a client option (they are: {', '.join(sorted(CLIENT_OPTIONS))})")
    transport = options.get("transport")
    if transport is not None and not isinstance(transport, httpx.BaseTransport | httpx.AsyncBaseTransport):
        raise ClientOptionError("transport", f"not an httpx transport: {type(transport).__name__}")
    retry = options.get("retry")
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ClientOptionError("retry", f"expected a RetryPolicy, got {type(retry).__name__}")
    httpx_args = dict(options.get("httpx_args") or {})
    _refuse_misplaced(httpx_args, has_transport=transport is not None)
    headers = merged_headers(distribution, required_headers, httpx_args.pop("headers", None))
    network = {key: httpx_args.pop(key) for key in list(httpx_args) if key in NETWORK_ARGS}
    if "trust_env" in network:
        httpx_args["trust_env"] = network["trust_env"]  # httpx.Client's own reading of the environment too
    return ResolvedOptions(
        timeout=checked_timeout(options.get("timeout")),
        deadline=checked_deadline(options.get("deadline")),
        retry=retry or default_retry,
        transport=transport,
        network=NetworkSettings(network),
        client_args={**httpx_args, "headers": headers},
    )


def _refuse_misplaced(httpx_args: Mapping[str, Any], *, has_transport: bool) -> None:
    for key in httpx_args:
        option = f"httpx_args[{key!r}]"
        if key in MISPLACED_ARGS:
            raise ClientOptionError(option, MISPLACED_ARGS[key])
        if key in NETWORK_ARGS and has_transport:
            raise ClientOptionError(option, "configures the network layer, which transport= replaces: set it there")
        if key not in NETWORK_ARGS and key not in CLIENT_ARGS:
            known = ", ".join(sorted(NETWORK_ARGS | CLIENT_ARGS))
            raise ClientOptionError(option, f"not an httpx.Client option talkwire takes (those are: {known})")


def merged_headers(
    distribution: str, required: Mapping[str, str], caller: Mapping[str, str] | httpx.Headers | None
) -> httpx.Headers:
    """talkwire's User-Agent and the vendor's required headers, plus the caller's, checked (see _headers): a caller's
    User-Agent goes in front of talkwire's, and a caller's value for a required header must be the required one."""
    headers = httpx.Headers({"User-Agent": user_agent(distribution), **required})
    given = httpx.Headers(caller or {})  # any form httpx takes (a mapping, pairs, Headers), names as spelled
    pairs = [(name.decode(given.encoding), value.decode(given.encoding)) for name, value in given.raw]
    for name, value in checked_headers(
        pairs,
        option="httpx_args['headers']",
        user_agent=headers["User-Agent"],
        required=required,
        credentials_allowed=True,
    ):
        headers[name] = value
    return headers

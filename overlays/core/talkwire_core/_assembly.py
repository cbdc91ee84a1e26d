"""The one way a talkwire client's httpx clients are built, from a vendor's declaration and the caller's options.

Each layer is given the layer below it (the way httpx's transports and azure-core's pipeline are assembled), so the
caller's network settings reach the network whatever wraps it:

    network transport   the caller's verify / cert / limits / http1 / http2 / proxy / trust_env and environment
                        proxies, routed as a plain httpx.Client routes them; or the caller's transport= instead
    deadline            each attempt's timeouts cut to what is left of the call's deadline
    body checks         reads error bodies; applies the vendor's body-status rule (error envelopes sent as 2xx)
    retries             the RetryPolicy, by method
    auth                the vendor's auth flow, on every request but those of public operations
    typed errors        the vendor's error rules, scope hints; transport failures as APIConnectionError

Options are checked when the assembly is made (``ClientOptionError`` naming the one at fault); the httpx clients are
built on first use, so a program that never calls out pays nothing for TLS contexts or pools. A ``base_url`` with a
user name or password in it (``https://user:password@gateway/``) is refused: httpx would not send it (the vendor's
auth flow owns the ``Authorization`` header), and it would be printed with every request line.
"""

from __future__ import annotations

from typing import Any, TypeVar, Unpack

import httpx

from talkwire_core._body_checks import BodyCheckTransport
from talkwire_core._deadline import DeadlineTransport
from talkwire_core._http import CheckedAsyncClient, CheckedClient, TypedErrorCheck
from talkwire_core._logging import install_log_redaction
from talkwire_core._options import ClientOptions
from talkwire_core._redact import redact
from talkwire_core._resolved_options import resolve_options
from talkwire_core._vendor import Vendor
from talkwire_core.errors import ClientOptionError

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


def checked_base_url(base_url: object) -> str:
    """`base_url` when it is an http(s) URL with a host and no user info; else ClientOptionError (the URL masked)."""
    if not isinstance(base_url, str):
        raise ClientOptionError("base_url", f"must be a str, got {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ClientOptionError("base_url", f"not a URL ({redact(exc)})") from None
    if url.userinfo:
        shown = f"{url.scheme}://***@{url.netloc.decode('ascii')}{url.raw_path.decode('ascii')}"
        raise ClientOptionError(
            "base_url",
            f"{shown} carries a user name or password, which would not be sent (the client's auth owns the "
            "Authorization header) and would be printed with every request line: remove it from the URL",
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise ClientOptionError("base_url", f"must be an http:// or https:// URL with a host, not {redact(base_url)!r}")
    return base_url


class ClientAssembly:
    """Builds ``vendor``'s sync and async httpx clients for ``base_url``, with ``auth`` and the caller's options."""

    def __init__(
        self, vendor: Vendor, *, base_url: str, auth: httpx.Auth | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        self.vendor = vendor
        self.base_url = checked_base_url(base_url)
        self.auth = auth
        self.options = resolve_options(
            options, distribution=vendor.distribution, required_headers=vendor.headers, default_retry=vendor.retry
        )
        self._check = TypedErrorCheck(vendor.operations, error_class=vendor.error_class, error_hint=vendor.error_hint)

    def __repr__(self) -> str:
        return f"ClientAssembly(vendor={self.vendor.name!r}, base_url={redact(self.base_url)!r})"

    def _client_args(self) -> dict[str, Any]:
        install_log_redaction()
        return {
            "base_url": self.base_url,
            "auth": self.auth,
            "timeout": self.options.timeout,
            "deadline": self.options.deadline,
            "check_response": self._check,
            "public_operations": self.vendor.public_operations,
            **self.options.client_args,
        }

    def _callers_transport(self, kind: type[TransportT], side: str) -> TransportT | None:
        """The caller's ``transport=`` for this side (sync or async), or None when the network layer is built here."""
        transport = self.options.transport
        if transport is None:
            return None
        if not isinstance(transport, kind):
            other = "async" if side == "sync" else "sync"
            raise ClientOptionError(
                "transport", f"{type(transport).__name__} is {other} only: {side} calls need an httpx.{kind.__name__}"
            )
        return transport

    def sync_client(self) -> httpx.Client:
        from talkwire_core._retry import PolicyRetryTransport  # httpx-retries loads with the first client, not import

        network = self._callers_transport(httpx.BaseTransport, "sync") or self.options.network.sync_transport()
        checked = BodyCheckTransport(DeadlineTransport(network), self.vendor.implied_status)
        return CheckedClient(transport=PolicyRetryTransport(checked, self.options.retry), **self._client_args())

    def async_client(self) -> httpx.AsyncClient:
        from talkwire_core._retry import PolicyRetryTransport

        network = self._callers_transport(httpx.AsyncBaseTransport, "async") or self.options.network.async_transport()
        checked = BodyCheckTransport(DeadlineTransport(network), self.vendor.implied_status)
        return CheckedAsyncClient(transport=PolicyRetryTransport(checked, self.options.retry), **self._client_args())

"""The network layer of a talkwire client: httpx's own transports, configured and routed as a plain httpx.Client.

An ``httpx.Client`` applies ``verify``, ``cert``, ``limits``, ``http1``/``http2``, ``trust_env`` and proxies (``proxy=``,
or ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` with ``NO_PROXY`` from the environment) only to transports it
creates itself, and turns environment proxies off whenever it is handed a transport. A talkwire client always hands
its httpx client a transport (retries and body checks are layers over the network), so the network layer is built
here, the way ``httpx.Client.__init__`` builds its transport and its proxy mounts, and routes each request the way
``httpx.Client._transport_for_url`` does.

httpx keeps ``get_environment_proxies`` and ``URLPattern`` private; they are used rather than copied so that the
routing stays exactly httpx's (its version is pinned below 0.29 in talkwire-core's requirements).

Every transport built here has its network operations bounded by the call's deadline (see _deadline_network).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx
from httpx._utils import URLPattern, get_environment_proxies

# The httpx_args that configure the network transport (and its proxy transports), as httpx.Client takes them.
NETWORK_ARGS = frozenset({"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy"})

TransportT = TypeVar("TransportT")


@dataclass(frozen=True)
class NetworkSettings:
    """The caller's network options (a subset of ``NETWORK_ARGS``), turned into sync or async transports."""

    args: Mapping[str, Any] = field(default_factory=dict)

    def _transport_args(self) -> dict[str, Any]:
        return {key: value for key, value in self.args.items() if key != "proxy"}

    def _proxy_map(self) -> dict[str, httpx.Proxy | None]:
        """``httpx.Client._get_proxy_map``: an explicit proxy takes everything; else the environment's, if trusted."""
        proxy = self.args.get("proxy")
        if proxy is not None:
            return {"all://": httpx.Proxy(url=proxy) if isinstance(proxy, str | httpx.URL) else proxy}
        if not self.args.get("trust_env", True):
            return {}
        return {key: None if url is None else httpx.Proxy(url=url) for key, url in get_environment_proxies().items()}

    def _transports(self, kind: Callable[..., TransportT]) -> tuple[TransportT, dict[URLPattern, TransportT | None]]:
        """The direct transport and the proxy mounts, each a `kind` (httpx.HTTPTransport or AsyncHTTPTransport)."""
        from talkwire_core._deadline_network import under_deadline  # httpcore loads with the first transport

        args = self._transport_args()
        mounts = {
            URLPattern(key): None if proxy is None else under_deadline(kind(**args, proxy=proxy))
            for key, proxy in self._proxy_map().items()
        }
        return under_deadline(kind(**args)), mounts

    def sync_transport(self) -> httpx.BaseTransport:
        default, mounts = self._transports(httpx.HTTPTransport)
        return _RoutedTransport(_Routes(default, mounts)) if mounts else default

    def async_transport(self) -> httpx.AsyncBaseTransport:
        default, mounts = self._transports(httpx.AsyncHTTPTransport)
        return _AsyncRoutedTransport(_Routes(default, mounts)) if mounts else default


class _Routes(Generic[TransportT]):
    """Mounts in httpx's priority order; a mount of None (a ``NO_PROXY`` entry) means the direct transport."""

    def __init__(self, default: TransportT, mounts: Mapping[URLPattern, TransportT | None]) -> None:
        self.default = default
        self.mounts = dict(sorted(mounts.items()))

    def for_url(self, url: httpx.URL) -> TransportT:
        for pattern, transport in self.mounts.items():
            if pattern.matches(url):
                return self.default if transport is None else transport
        return self.default

    def all(self) -> list[TransportT]:
        return [self.default, *(transport for transport in self.mounts.values() if transport is not None)]


class _RoutedTransport(httpx.BaseTransport):
    def __init__(self, routes: _Routes[httpx.BaseTransport]) -> None:
        self._routes = routes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._routes.for_url(request.url).handle_request(request)

    def close(self) -> None:
        for transport in self._routes.all():
            transport.close()


class _AsyncRoutedTransport(httpx.AsyncBaseTransport):
    def __init__(self, routes: _Routes[httpx.AsyncBaseTransport]) -> None:
        self._routes = routes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._routes.for_url(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._routes.all():
            await transport.aclose()

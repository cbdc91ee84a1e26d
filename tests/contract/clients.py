"""The one place the contract tests build each vendor's client: its overlay client (``talkwire_<vendor>``) when
that package is installed, else the generated ``AuthenticatedClient`` configured through talkwire-core with a
plain credential for the spec's security schemes (so every vendor is tested from the day its spec lands).

Credentials are fixed fakes; the mock vendors check that they are present and well placed, not their value.
Retries are off: a documented 5xx must surface at once as the typed error, not after backoff.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from typing import Any

import httpx
from talkwire_core import ClientSettings, RetryPolicy, VendorClientMixin

NO_RETRY = RetryPolicy(max_retries=0)
TOKEN = "contract-test-token"
DIIO_ACCESS_TOKEN = "contract-diio-access-token"

Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


def _vida(base_url: str, transport: Transport) -> Any:
    from talkwire_vida import VidaClient

    return VidaClient(TOKEN, base_url=base_url, transport=transport, retry=NO_RETRY)


def _diio(base_url: str, transport: Transport) -> Any:
    from talkwire_diio import DiioClient

    return DiioClient(
        client_id="contract-client-id",
        client_secret="contract-client-secret",
        refresh_token="contract-refresh-token",
        access_token=DIIO_ACCESS_TOKEN,
        base_url=base_url,
        transport=transport,
        retry=NO_RETRY,
    )


def _dstny(base_url: str, transport: Transport) -> Any:
    from talkwire_dstny import DstnyClient

    return DstnyClient("mt_contract_token", base_url=base_url, transport=transport, retry=NO_RETRY)


def _diga(base_url: str, transport: Transport) -> Any:
    from talkwire_diga import DigaClient

    return DigaClient(TOKEN, base_url=base_url, transport=transport, retry=NO_RETRY)


def _vocelio(base_url: str, transport: Transport) -> Any:
    from talkwire_vocelio import VocelioClient

    return VocelioClient(
        email="contract@example.com",
        password="contract-password",
        base_url=base_url,
        transport=transport,
        retry=NO_RETRY,
    )


OVERLAY_CLIENTS: dict[str, Callable[[str, Transport], Any]] = {
    "vida": _vida,
    "diio": _diio,
    "dstny": _dstny,
    "diga": _diga,
    "vocelio": _vocelio,
}


def has_overlay(vendor: str) -> bool:
    try:
        importlib.import_module(f"talkwire_{vendor}")
    except ImportError:
        return False
    return vendor in OVERLAY_CLIENTS


def describe_client(vendor: str) -> str:
    """Which client the contract tests use for `vendor`: its overlay package's, or the generated fallback."""
    return (
        f"talkwire_{vendor} (overlay)" if has_overlay(vendor) else f"talkwire_{vendor}_api (generated, no overlay yet)"
    )


def build_client(vendor: str, *, base_url: str, transport: Transport) -> Any:
    """The client the contract tests call `vendor`'s operations through."""
    if has_overlay(vendor):
        return OVERLAY_CLIENTS[vendor](base_url, transport)
    return _generated_client(vendor, base_url, transport)


class _SchemeAuth(httpx.Auth):
    """Credentials placed where the spec's security schemes say, for vendors without an overlay package yet."""

    def __init__(self, schemes: dict[str, dict[str, Any]], operations: dict[str, dict[str, Any]]) -> None:
        self._schemes = schemes
        self._operations = operations

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        operation = self._operations.get(str(request.extensions.get("talkwire_operation")), {})
        for name in operation.get("security", ()):
            scheme = self._schemes.get(name, {})
            if scheme.get("type") == "http":
                request.headers["Authorization"] = f"{str(scheme.get('scheme', 'bearer')).title()} {TOKEN}"
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                request.url = request.url.copy_set_param(scheme["name"], TOKEN)
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                request.headers[scheme["name"]] = TOKEN
        yield request


def _generated_client(vendor: str, base_url: str, transport: Transport) -> Any:
    package = f"talkwire_{vendor}_api"
    meta = importlib.import_module(f"{package}._operations")
    generated = importlib.import_module(f"{package}.client").AuthenticatedClient
    settings = ClientSettings(
        base_url=base_url,
        distribution=f"talkwire-{vendor}-api",
        auth=_SchemeAuth(getattr(meta, "SECURITY_SCHEMES", {}), meta.OPERATIONS),
        retry=NO_RETRY,
        transport=transport,
    )
    client_class = type(f"Contract{vendor.title()}Client", (VendorClientMixin, generated), {})
    return client_class(
        base_url, httpx_client_factory=settings.build_sync, async_httpx_client_factory=settings.build_async
    )

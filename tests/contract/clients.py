"""The one place the contract tests build each vendor's client: its overlay client (``talkwire_<vendor>``) when
that package is installed, else the generated ``AuthenticatedClient`` configured through talkwire-core with a
plain credential for the spec's security schemes (so every vendor is tested from the day its spec lands).

Credentials are fixed fakes; the mock vendors check that they are present and well placed, not their value.
Retries are off unless asked for: a documented 5xx must surface at once as the typed error, not after backoff.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from typing import Any, Unpack

import httpx
from talkwire_core import BasicAuth, ClientOptions, RetryPolicy, Vendor, VendorClient

NO_RETRY = RetryPolicy(max_retries=0)
TOKEN = "contract-test-token"
BASIC_USERNAME = "AC00000000000000000000000000000000"
DIIO_ACCESS_TOKEN = "contract-diio-access-token"


def _vida(base_url: str, *, static_credentials: bool = False, **options: Unpack[ClientOptions]) -> Any:
    from talkwire_vida import VidaClient

    return VidaClient(TOKEN, base_url=base_url, **options)


def _diio(base_url: str, *, static_credentials: bool = False, **options: Unpack[ClientOptions]) -> Any:
    from talkwire_diio import DiioClient

    return DiioClient(
        client_id="contract-client-id",
        client_secret="contract-client-secret",
        refresh_token="contract-refresh-token",
        access_token=DIIO_ACCESS_TOKEN,
        base_url=base_url,
        **options,
    )


def _dstny(base_url: str, *, static_credentials: bool = False, **options: Unpack[ClientOptions]) -> Any:
    from talkwire_dstny import DstnyClient

    return DstnyClient("mt_contract_token", base_url=base_url, **options)


def _diga(base_url: str, *, static_credentials: bool = False, **options: Unpack[ClientOptions]) -> Any:
    from talkwire_diga import DigaClient

    return DigaClient(TOKEN, base_url=base_url, **options)


def _vocelio(base_url: str, *, static_credentials: bool = False, **options: Unpack[ClientOptions]) -> Any:
    from talkwire_vocelio import VocelioClient

    if static_credentials:
        return VocelioClient(token=TOKEN, base_url=base_url, **options)
    return VocelioClient(email="contract@example.com", password="contract-password", base_url=base_url, **options)


# vendor -> (base_url, *, static_credentials, **options) -> its overlay client.
OVERLAY_CLIENTS: dict[str, Callable[..., Any]] = {
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


def build_client(
    vendor: str, *, base_url: str, static_credentials: bool = False, **options: Unpack[ClientOptions]
) -> Any:
    """The client `vendor`'s operations are called through, with talkwire-core's client ``options``; retries are
    off unless ``retry=`` says otherwise. ``static_credentials``: credentials used as they are, never exchanged
    (Vocelio's token instead of its login), for tests whose server is not the vendor's."""
    options.setdefault("retry", NO_RETRY)
    if has_overlay(vendor):
        return OVERLAY_CLIENTS[vendor](base_url, static_credentials=static_credentials, **options)
    return _generated_client(vendor, base_url, **options)


class _SchemeAuth(httpx.Auth):
    """Credentials placed where the spec's security schemes say, for vendors without an overlay package yet: HTTP
    Basic through talkwire-core's BasicAuth (Twilio's account SID and auth token), a bearer token, an API key."""

    def __init__(self, schemes: dict[str, dict[str, Any]], operations: dict[str, dict[str, Any]]) -> None:
        self._schemes = schemes
        self._operations = operations
        self._basic = BasicAuth(BASIC_USERNAME, TOKEN)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        operation = self._operations.get(str(request.extensions.get("talkwire_operation")), {})
        for name in operation.get("security", ()):
            scheme = self._schemes.get(name, {})
            if scheme.get("type") == "http" and str(scheme.get("scheme")).lower() == "basic":
                next(self._basic.auth_flow(request))
            elif scheme.get("type") == "http":
                request.headers["Authorization"] = f"{str(scheme.get('scheme', 'bearer')).title()} {TOKEN}"
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                request.url = request.url.copy_set_param(scheme["name"], TOKEN)
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                request.headers[scheme["name"]] = TOKEN
        yield request


def _generated_client(vendor: str, base_url: str, **options: Unpack[ClientOptions]) -> Any:
    """A client for a vendor without an overlay package: its generated package declared to talkwire-core as is."""
    package = f"talkwire_{vendor}_api"
    meta = importlib.import_module(f"{package}._operations")
    declaration = Vendor(
        name=vendor,
        distribution=f"talkwire-{vendor}-api",
        operations=meta.OPERATIONS,
        unset=importlib.import_module(f"{package}.types").UNSET,
    )
    generated = importlib.import_module(f"{package}.client").AuthenticatedClient
    client_class = type(f"Contract{vendor.title()}Client", (VendorClient, generated), {"vendor": declaration})
    auth = _SchemeAuth(getattr(meta, "SECURITY_SCHEMES", {}), meta.OPERATIONS)
    return client_class(auth, base_url=base_url, **options)

"""Every registered vendor's client honours every client option, proved over real servers on 127.0.0.1.

The vendors are those of the registry (``[tool.talkwire.vendors]`` in pyproject.toml), each built the way the
contract tests build it (``tests/contract/clients.py``): a sixth vendor is covered by being registered. Servers: a
recording app over plain HTTP, the same app over TLS with a certificate authority made for this test (HTTP/1.1 and
HTTP/2; a second one requires a client certificate), and a forward proxy that counts what it forwards, CONNECT
tunnels included. Requests go through each client's own httpx client (``get_httpx_client()``), so every layer of
the stack is crossed: network, body checks, retries, auth, typed errors.
"""

from __future__ import annotations

import asyncio
import tomllib
import traceback
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from talkwire_core import (
    APIConnectionError,
    APIError,
    ClientOptionError,
    NotFoundError,
    RetryPolicy,
    VendorClient,
)

from tests.clients.loopback import Certificates, ForwardProxy, RecordingApp, make_certificates, serve_tls
from tests.contract.clients import build_client
from tests.support.servers import serve

REGISTRY = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["tool"]["talkwire"]["vendors"]
VENDORS = sorted(REGISTRY)
# Retries on, without waiting: a test that counts attempts must not sleep through backoff.
FAST_RETRY = RetryPolicy(max_retries=2, backoff_factor=0.0)
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
# The body checks a vendor declares (``Vendor(implied_status=...)``), tried with a path of RecordingApp that answers
# HTTP 200 with an error body in that vendor's shape, and the typed error it must become.
BODY_CHECK_SAMPLES: dict[str, tuple[str, type[APIError]]] = {"vocelio": ("/envelope/RESOURCE_001", NotFoundError)}

pytestmark = [
    pytest.mark.slow,  # starts TLS servers, a proxy and a few hundred clients
    pytest.mark.filterwarnings(
        # httpx 0.28 deprecates `verify=<path>` and `cert=`, but honours both: a plain httpx.Client warns the same way.
        "ignore:`verify=<str>` is deprecated:DeprecationWarning",
        "ignore:`cert=...` is deprecated:DeprecationWarning",
    ),
]


# --- servers ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def app() -> RecordingApp:
    return RecordingApp()


@pytest.fixture(autouse=True)
def fresh_records(app: RecordingApp) -> None:
    app.seen.clear()


@pytest.fixture(scope="module")
def plain_url(app: RecordingApp) -> Iterator[str]:
    with serve(app) as url:
        yield url


@pytest.fixture(scope="module")
def tls_url(app: RecordingApp, certificates: Certificates) -> Iterator[str]:
    with serve_tls(app, certificates) as url:
        yield url


@pytest.fixture(scope="module")
def mtls_url(app: RecordingApp, certificates: Certificates) -> Iterator[str]:
    with serve_tls(app, certificates, require_client_cert=True) as url:
        yield url


@pytest.fixture
def proxy() -> Iterator[tuple[ForwardProxy, str]]:
    forward = ForwardProxy()
    with forward.running() as url:
        yield forward, url


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy variable from the machine running the tests leaks in (either spelling)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def client(vendor: str, base_url: str, **options: Any) -> VendorClient:
    options.setdefault("retry", FAST_RETRY)
    built = build_client(vendor, base_url=base_url, static_credentials=True, **options)
    assert isinstance(built, VendorClient)
    return built


def get(vendor_client: VendorClient, path: str = "/ok") -> httpx.Response:
    with vendor_client.get_httpx_client() as http:
        return http.get(path)


def test_every_registered_vendor_is_covered() -> None:
    assert {"diga", "diio", "dstny", "vida", "vocelio"} <= set(VENDORS)
    for vendor in VENDORS:
        assert client(vendor, "https://vendor.test").base_url == "https://vendor.test", vendor


# --- TLS ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_verify_trusts_a_given_ca_as_a_context_or_a_path(
    vendor: str, tls_url: str, certificates: Certificates, app: RecordingApp
) -> None:
    assert get(client(vendor, tls_url, httpx_args={"verify": certificates.client_context()})).status_code == 200
    assert get(client(vendor, tls_url, httpx_args={"verify": str(certificates.ca)})).status_code == 200
    assert app.paths() == ["/ok", "/ok"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_default_verification_refuses_the_unknown_ca_and_verify_false_accepts_it(
    vendor: str, tls_url: str, app: RecordingApp
) -> None:
    with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        get(client(vendor, tls_url, retry=RetryPolicy(max_retries=0)))
    assert get(client(vendor, tls_url, httpx_args={"verify": False})).status_code == 200
    assert app.paths() == ["/ok"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_cert_presents_the_client_certificate(
    vendor: str, mtls_url: str, certificates: Certificates, app: RecordingApp
) -> None:
    verify = certificates.client_context()
    with pytest.raises(APIConnectionError):
        get(client(vendor, mtls_url, retry=RetryPolicy(max_retries=0), httpx_args={"verify": verify}))
    cert = (str(certificates.client_cert), str(certificates.client_key))
    assert get(client(vendor, mtls_url, httpx_args={"verify": verify, "cert": cert})).status_code == 200
    assert app.paths() == ["/ok"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_http2_is_negotiated_when_asked_for(
    vendor: str, tls_url: str, certificates: Certificates, app: RecordingApp
) -> None:
    verify = certificates.client_context()
    assert get(client(vendor, tls_url, httpx_args={"verify": verify})).http_version == "HTTP/1.1"
    assert get(client(vendor, tls_url, httpx_args={"verify": verify, "http2": True})).http_version == "HTTP/2"
    assert [seen.http_version for seen in app.seen] == ["1.1", "2"]


# --- connection pool ----------------------------------------------------------------------------------------------

OVERLAPPING = 4


def ports_used_sync(vendor_client: VendorClient, app: RecordingApp) -> set[int]:
    with vendor_client.get_httpx_client() as http, ThreadPoolExecutor(OVERLAPPING) as pool:
        assert all(
            response.status_code == 200 for response in pool.map(lambda _: http.get("/slow"), range(OVERLAPPING))
        )
    return {seen.client_port for seen in app.seen}


def ports_used_async(vendor_client: VendorClient, app: RecordingApp) -> set[int]:
    async def burst() -> None:
        async with vendor_client:
            http = vendor_client.get_async_httpx_client()
            await asyncio.gather(*(http.get("/slow") for _ in range(OVERLAPPING)))

    asyncio.run(burst())
    return {seen.client_port for seen in app.seen}


@pytest.mark.parametrize("side", [ports_used_sync, ports_used_async], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_limits_bound_the_connection_pool(vendor: str, side: Any, plain_url: str, app: RecordingApp) -> None:
    one_connection = {"limits": httpx.Limits(max_connections=1)}
    assert len(side(client(vendor, plain_url, httpx_args=one_connection), app)) == 1
    app.seen.clear()
    # The control: the same burst without the limit overlaps on several connections.
    assert len(side(client(vendor, plain_url), app)) > 1


# --- proxies ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_proxy_given_in_httpx_args_carries_http_and_https(
    vendor: str,
    plain_url: str,
    tls_url: str,
    certificates: Certificates,
    proxy: tuple[ForwardProxy, str],
    environment: pytest.MonkeyPatch,
) -> None:
    forward, proxy_url = proxy
    environment.setenv("NO_PROXY", "127.0.0.1")  # an explicit proxy takes every request, as in httpx
    assert get(client(vendor, plain_url, httpx_args={"proxy": proxy_url})).status_code == 200
    tls_options = {"proxy": proxy_url, "verify": certificates.client_context()}
    assert get(client(vendor, tls_url, httpx_args=tls_options)).status_code == 200
    assert forward.forwarded() == [f"GET {plain_url}/ok", f"CONNECT {tls_url.removeprefix('https://')}"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_environment_proxies_are_used_as_a_plain_httpx_client_uses_them(
    vendor: str,
    plain_url: str,
    tls_url: str,
    certificates: Certificates,
    proxy: tuple[ForwardProxy, str],
    environment: pytest.MonkeyPatch,
    app: RecordingApp,
) -> None:
    forward, proxy_url = proxy
    verify = {"verify": certificates.client_context()}
    environment.setenv("HTTP_PROXY", proxy_url)
    environment.setenv("HTTPS_PROXY", proxy_url)
    assert get(client(vendor, plain_url)).status_code == 200
    assert get(client(vendor, tls_url, httpx_args=verify)).status_code == 200
    assert forward.forwarded() == [f"GET {plain_url}/ok", f"CONNECT {tls_url.removeprefix('https://')}"]
    # trust_env=False ignores the environment; NO_PROXY exempts the hosts it names.
    assert get(client(vendor, plain_url, httpx_args={"trust_env": False})).status_code == 200
    environment.setenv("NO_PROXY", "localhost,127.0.0.1")
    assert get(client(vendor, plain_url)).status_code == 200
    assert get(client(vendor, tls_url, httpx_args=verify)).status_code == 200
    assert forward.count() == 2
    # ALL_PROXY covers every scheme that has no proxy of its own.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"):
        environment.delenv(name)
    environment.setenv("ALL_PROXY", proxy_url)
    assert get(client(vendor, plain_url)).status_code == 200
    assert forward.count() == 3
    assert app.paths() == ["/ok"] * 6


@pytest.mark.parametrize("vendor", VENDORS)
def test_retries_still_apply_through_a_proxy(
    vendor: str, plain_url: str, proxy: tuple[ForwardProxy, str], app: RecordingApp
) -> None:
    forward, proxy_url = proxy
    assert get(client(vendor, plain_url, httpx_args={"proxy": proxy_url}), f"/flaky/{vendor}").status_code == 200
    assert forward.forwarded() == [f"GET {plain_url}/flaky/{vendor}"] * 2
    assert app.paths() == [f"/flaky/{vendor}"] * 2


@pytest.mark.parametrize("vendor", sorted(BODY_CHECK_SAMPLES))
def test_the_vendors_body_checks_still_apply_through_a_proxy(
    vendor: str, plain_url: str, proxy: tuple[ForwardProxy, str]
) -> None:
    forward, proxy_url = proxy
    path, error = BODY_CHECK_SAMPLES[vendor]
    with pytest.raises(error) as raised:
        get(client(vendor, plain_url, httpx_args={"proxy": proxy_url}), path)
    assert "sent with HTTP 200" in str(raised.value)
    assert forward.forwarded() == [f"GET {plain_url}{path}"]


def test_every_vendor_declaring_a_body_check_has_a_sample() -> None:
    declaring = {vendor for vendor in VENDORS if client(vendor, "https://vendor.test").vendor.implied_status}
    assert declaring == set(BODY_CHECK_SAMPLES)


# --- headers, hooks, transport ------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_caller_headers_are_added_to_the_user_agent_and_the_vendors_headers(
    vendor: str, plain_url: str, app: RecordingApp
) -> None:
    headers = {"X-Trace-Id": "trace-1", "User-Agent": "acme-integration/2.1"}
    vendor_client = client(vendor, plain_url, httpx_args={"headers": headers})
    assert get(vendor_client).status_code == 200
    (seen,) = app.seen
    assert seen.headers["x-trace-id"] == "trace-1"
    distribution = vendor_client.vendor.distribution
    assert seen.headers["user-agent"].startswith(f"acme-integration/2.1 {distribution}/")
    assert "talkwire-core/" in seen.headers["user-agent"]
    for name, value in vendor_client.vendor.headers.items():
        assert seen.headers[name.lower()] == value


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_other_httpx_client_options_reach_the_httpx_client(vendor: str, plain_url: str, app: RecordingApp) -> None:
    options = {
        "params": {"trace": "on"},
        "cookies": {"session": "cookie-1"},
        "follow_redirects": True,
        "max_redirects": 3,
        "default_encoding": "latin-1",
    }
    with client(vendor, plain_url, httpx_args=options).get_httpx_client() as http:
        assert (http.follow_redirects, http.max_redirects) == (True, 3)
        assert http.get("/ok").encoding == "latin-1"  # the app's JSON names no charset
    (seen,) = app.seen
    assert seen.headers["cookie"] == "session=cookie-1"
    assert "trace=on" in seen.query


@pytest.mark.parametrize("vendor", VENDORS)
def test_event_hooks_see_every_request_and_response(vendor: str, plain_url: str) -> None:
    requests: list[httpx.Request] = []
    responses: list[int] = []

    async def on_request(request: httpx.Request) -> None:
        requests.append(request)

    async def on_response(response: httpx.Response) -> None:
        responses.append(response.status_code)

    hooks = {"request": [requests.append], "response": [lambda response: responses.append(response.status_code)]}
    assert get(client(vendor, plain_url, httpx_args={"event_hooks": hooks})).status_code == 200
    async_hooks = {"request": [on_request], "response": [on_response]}

    async def call_async() -> None:
        async with client(vendor, plain_url, httpx_args={"event_hooks": async_hooks}) as vendor_client:
            await vendor_client.get_async_httpx_client().get("/ok")

    asyncio.run(call_async())
    assert [request.url.path for request in requests] == ["/ok", "/ok"]
    assert all("talkwire-core/" in request.headers["User-Agent"] for request in requests)
    assert responses == [200, 200]


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_user_transport_replaces_only_the_network(vendor: str) -> None:
    attempts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if request.url.path == "/flaky" and attempts.count("/flaky") == 1:
            return httpx.Response(503)
        if request.url.path == "/missing":
            return httpx.Response(404, json={"message": "no such thing"})
        return httpx.Response(200, json={})

    vendor_client = client(vendor, "https://vendor.test", transport=httpx.MockTransport(answer))
    with vendor_client.get_httpx_client() as http:
        assert http.get("/flaky").status_code == 200  # retried
        with pytest.raises(NotFoundError):
            http.get("/missing")  # typed
    assert attempts == ["/flaky", "/flaky", "/missing"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_transport_for_one_side_only_is_refused_on_the_other_naming_it(vendor: str) -> None:
    with httpx.HTTPTransport() as sync_only:
        vendor_client = client(vendor, "https://vendor.test", transport=sync_only)
        assert vendor_client.get_httpx_client() is not None
        with pytest.raises(ClientOptionError, match=r"^transport: HTTPTransport is sync only"):
            vendor_client.get_async_httpx_client()


# --- event loops --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_one_client_serves_several_event_loops_in_a_row(vendor: str, plain_url: str, app: RecordingApp) -> None:
    vendor_client = client(vendor, plain_url)

    async def call() -> int:
        return (await vendor_client.get_async_httpx_client().get("/ok")).status_code

    async def call_in_context() -> int:
        async with vendor_client:
            return await call()

    assert [asyncio.run(call()) for _ in range(3)] == [200, 200, 200]
    assert [asyncio.run(call_in_context()) for _ in range(2)] == [200, 200]
    assert len(app.paths()) == 5


# --- options refused at construction ------------------------------------------------------------------------------

REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "unknown client option": ({"timeout_seconds": 5}, "timeout_seconds"),
    "zero timeout": ({"timeout": 0}, "timeout"),
    "negative timeout": ({"timeout": -1.5}, "timeout"),
    "zero part of a timeout": ({"timeout": httpx.Timeout(10, connect=0)}, "timeout.connect"),
    "a retry that is not a policy": ({"retry": 3}, "retry"),
    "unknown httpx_args key": ({"httpx_args": {"verify_ssl": False}}, "httpx_args['verify_ssl']"),
    "transport inside httpx_args": (
        {"httpx_args": {"transport": httpx.MockTransport(print)}},
        "httpx_args['transport']",
    ),
    "timeout inside httpx_args": ({"httpx_args": {"timeout": 5}}, "httpx_args['timeout']"),
    "mounts": ({"httpx_args": {"mounts": {}}}, "httpx_args['mounts']"),
    "httpx 0.27's proxies": ({"httpx_args": {"proxies": "http://127.0.0.1:1"}}, "httpx_args['proxies']"),
    "a network option beside transport=": (
        {"transport": httpx.MockTransport(print), "httpx_args": {"verify": False}},
        "httpx_args['verify']",
    ),
    "a transport that is not one": ({"transport": object()}, "transport"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
@pytest.mark.parametrize("vendor", VENDORS)
def test_options_that_cannot_be_honoured_are_refused_naming_them(vendor: str, case: str) -> None:
    options, named = REFUSED[case]
    with pytest.raises(ClientOptionError) as refused:
        client(vendor, "https://vendor.test", **options)
    assert refused.value.option == named
    assert str(refused.value).startswith(f"{named}: ")


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_required_vendor_header_cannot_be_replaced(vendor: str) -> None:
    vendor_client = client(vendor, "https://vendor.test")
    for name, value in vendor_client.vendor.headers.items():
        with pytest.raises(ClientOptionError, match="requires"):
            client(vendor, "https://vendor.test", httpx_args={"headers": {name.lower(): value + "-other"}})
        # The same value is no conflict.
        client(vendor, "https://vendor.test", httpx_args={"headers": {name: value}})


# A header, client-wide or per call: (option as the refusal names it, how the client or view is made with it).
HEADER_LEVELS: dict[str, tuple[str, Any]] = {
    "client": (
        "httpx_args['headers']",
        lambda vendor, headers: client(vendor, "https://vendor.test", httpx_args={"headers": headers}),
    ),
    "per call": (
        "headers",
        lambda vendor, headers: client(vendor, "https://vendor.test").with_options(headers=headers),
    ),
}
FLAWED_HEADERS: dict[str, tuple[dict[str, str], str, str]] = {
    "CR/LF in the value": ({"X-Trace": "t-1\r\nX-Injected: hdr-secret-value"}, "X-Trace", "control character"),
    "a tab in the value": ({"X-Trace": "t-1\thdr-secret-value"}, "X-Trace", "control character"),
    "a space in the name": ({"X Trace": "hdr-secret-value"}, "X Trace", "non-empty ASCII token"),
}


@pytest.mark.parametrize("flaw", sorted(FLAWED_HEADERS))
@pytest.mark.parametrize("level", sorted(HEADER_LEVELS))
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_header_that_cannot_travel_is_refused_the_same_way_client_wide_and_per_call(
    vendor: str, level: str, flaw: str
) -> None:
    """h11 would refuse it at the first request, quoting the value: it is refused when the client or view is made,
    naming the header, by the one rule set of both levels."""
    option, make = HEADER_LEVELS[level]
    headers, name, problem = FLAWED_HEADERS[flaw]
    with pytest.raises(ClientOptionError, match=problem) as refused:
        make(vendor, headers)
    assert refused.value.option == f"{option}[{name!r}]"
    assert "hdr-secret-value" not in "".join(traceback.format_exception(refused.value))


def test_a_negative_retry_count_is_refused_when_the_policy_is_made() -> None:
    with pytest.raises(ClientOptionError, match=r"^RetryPolicy.max_retries: "):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ClientOptionError, match=r"^RetryPolicy.max_wait: "):
        RetryPolicy(max_wait=float("inf"))
    with pytest.raises(ClientOptionError, match=r"^RetryPolicy.backoff_factor: "):
        RetryPolicy(backoff_factor=-0.1)

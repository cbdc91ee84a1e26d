"""A token renewal goes out as the client's own requests do: with the client's User-Agent, the vendor's required
headers and the caller's headers (httpx sends what an auth flow yields as it is, without the client's headers;
talkwire's client adds them), and without any credential header of the client."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from talkwire_core import APIError, RetryPolicy
from talkwire_diio import DiioClient
from talkwire_vocelio import VocelioClient

from tests.support.evil_vendor import EvilVendor, evil_vendor
from tests.support.pages import PAGED_LISTS

CALLER_HEADERS = {"User-Agent": "acme-sync/2.1", "X-Request-Source": "nightly-sync"}


@pytest.fixture(scope="module")
def evil() -> Iterator[tuple[EvilVendor, str]]:
    with evil_vendor() as running:
        yield running


def headers_of(server: EvilVendor, path: str, since: int) -> dict[str, str]:
    (seen,) = [seen for seen in server.seen[since:] if f"{path} headers=" in seen.text]
    return json.loads(seen.text.split(" headers=", 1)[1].rsplit(" body=", 1)[0])


def test_diios_refresh_carries_the_clients_headers(evil: tuple[EvilVendor, str]) -> None:
    server, url = evil
    since = len(server.seen)
    client = DiioClient(
        client_id="id", client_secret="diio-secret-1f0e", refresh_token="diio-rt-9a7c", base_url=f"{url}/echo4xx",
        retry=RetryPolicy(max_retries=0), httpx_args={"headers": CALLER_HEADERS},
    )  # fmt: skip
    with pytest.raises(APIError):  # the list answers 400 in this scenario, after the refresh succeeded
        PAGED_LISTS["diio"].operation.sync(client=client)
    refresh = headers_of(server, "/refresh_token", since)
    assert refresh["user-agent"].startswith("acme-sync/2.1 talkwire-diio/")
    assert refresh["x-request-source"] == "nightly-sync"
    assert "authorization" not in refresh


def test_vocelios_login_carries_the_clients_headers(evil: tuple[EvilVendor, str]) -> None:
    server, url = evil
    since = len(server.seen)
    client = VocelioClient(
        email="ops@example.com", password="vocelio-pass-3d2e", base_url=f"{url}/echo4xx",
        retry=RetryPolicy(max_retries=0), httpx_args={"headers": CALLER_HEADERS},
    )  # fmt: skip
    with pytest.raises(APIError):
        PAGED_LISTS["vocelio"].operation.sync(client=client)
    login = headers_of(server, "/api/auth/login", since)
    assert login["user-agent"].startswith("acme-sync/2.1 talkwire-vocelio/")
    assert login["x-request-source"] == "nightly-sync" and login["x-api-version"] == "v1"
    assert "authorization" not in login

"""A host or subdomain a caller passes can never send a client's requests, or its credentials, elsewhere.

Over the real clients: diio's ``subdomain`` fills ``https://{subdomain}.diio.com/...`` and must be one DNS label;
Dstny's ``host`` fills ``https://{host}/api/v1`` and must be a host name (a port at most). Anything else is refused
when the client is built, before a request (or diio's refresh, which carries the client secret) could go out.
"""

from __future__ import annotations

import httpx
import pytest
from talkwire_core import ClientOptionError
from talkwire_diio import DiioClient
from talkwire_dstny import DstnyClient

HOSTILE = [
    "evil.example/",
    "evil.example#",
    "evil.example?",
    "evil.example:443/",
    "acme@evil.example",
    "acme.evil.example",
    "evil.example",
    "acme diio",
    "acme\r\nHost: evil.example",
    "-acme",
    "a" * 64,
    "",
]


def diio(subdomain: str) -> DiioClient:
    return DiioClient(
        client_id="id", client_secret="diio-secret-5f2c", refresh_token="diio-rt-88a1", subdomain=subdomain
    )


@pytest.mark.parametrize("subdomain", HOSTILE)
def test_diio_refuses_a_subdomain_that_is_not_one_dns_label(subdomain: str) -> None:
    with pytest.raises(ClientOptionError) as refused:
        diio(subdomain)
    assert refused.value.option == "subdomain"


@pytest.mark.parametrize("subdomain", ["acme", "acme-2", "a" * 63, "ACME"])
def test_diio_takes_a_label_and_its_refresh_goes_to_diio(subdomain: str) -> None:
    client = diio(subdomain)
    assert httpx.URL(client.base_url).host == f"{subdomain.lower()}.diio.com"
    assert client.auth_flow._refresh_url == f"https://{subdomain}.diio.com/api/external/refresh_token"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "host",
    [
        "ci.example.com@evil.example",
        "ci.example.com/evil",
        "evil.example#ci.example.com",
        "evil.example?ci.example.com",
        "https://ci.example.com",
        "ci example com",
        "ci.example.com:99999999",
        "ci..example.com",
        "",
    ],
)
def test_dstny_refuses_a_host_that_is_not_a_host_name(host: str) -> None:
    with pytest.raises(ClientOptionError) as refused:
        DstnyClient("mt_hosts_token_7a2b", host=host)
    assert refused.value.option == "host"


@pytest.mark.parametrize("host", ["ci.example.com", "ci.example.com:8443", "localhost", "127.0.0.1"])
def test_dstny_takes_a_host_name(host: str) -> None:
    assert httpx.URL(DstnyClient("mt_hosts_token_7a2b", host=host).base_url).netloc.decode() == host

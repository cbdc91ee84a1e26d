"""Paging style `url`: the engine follows the next page's URL a response names, in a body field (Twilio's
`meta.next_page_url`) or in an RFC 8288 `Link` header, and only on the client's own server.

The operation here is a stand-in for a generated one (the generated code is exercised in tests/pipeline and by the
contract tests): it takes `page_url` and requests it as it is, as our endpoint template does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from talkwire_core import PagingError, Vendor, VendorClient
from talkwire_core._next_page import link_targets
from talkwire_core._operations import OperationTableError
from talkwire_dstny_api.client import AuthenticatedClient
from talkwire_dstny_api.types import UNSET

BASE = "https://api.vendor.test/v2"


def table(**pagination: Any) -> dict[str, dict[str, Any]]:
    return {
        "list_calls": {
            "method": "GET",
            "operation_id": "listCalls",
            "path": "/calls",
            "scopes": [],
            "security": [],
            "tag": "calls",
            "resource": "calls",
            "resource_method": "list",
            "pagination": {"style": "url", "items_attr": "calls", "page_url_arg": "page_url", **pagination},
        }
    }


class Listing:
    """What a generated list operation does with `page_url`: the URL as it is, else its own path and query."""

    __name__ = "talkwire_vendor_api.api.calls.list_calls"

    def __init__(self) -> None:
        self.requested: list[str] = []

    def _kwargs(self, page_url: Any, limit: int | None) -> dict[str, Any]:
        if page_url is not UNSET:
            return {"url": page_url}
        return {"url": "/calls", "params": {"limit": limit} if limit else {}}

    def _parsed(self, response: httpx.Response) -> SimpleNamespace:
        self.requested.append(str(response.request.url))
        return SimpleNamespace(headers=response.headers, parsed=response.json())

    def sync_detailed(self, *, client: Any, page_url: Any = UNSET, limit: int | None = None) -> SimpleNamespace:
        return self._parsed(client.get_httpx_client().get(**self._kwargs(page_url, limit)))

    async def asyncio_detailed(
        self, *, client: Any, page_url: Any = UNSET, limit: int | None = None
    ) -> SimpleNamespace:
        return self._parsed(await client.get_async_httpx_client().get(**self._kwargs(page_url, limit)))


def client_for(server: Callable[[httpx.Request], httpx.Response], **pagination: Any) -> Any:
    vendor = Vendor(name="Vendor", distribution="talkwire-vendor", operations=table(**pagination), unset=UNSET)
    client_class = type("VendorTestClient", (VendorClient, AuthenticatedClient), {"vendor": vendor})
    transport = httpx.MockTransport(server)
    client = client_class(None, base_url=BASE, transport=transport)
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    return client


def body_pages(next_urls: list[str | None]) -> Callable[[httpx.Request], httpx.Response]:
    """Page n (from the `page` query parameter, absent on the first) names next_urls[n] as the next page."""

    def serve(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params.get("page", "0"))
        meta = {"next_page_url": next_urls[index]} if index < len(next_urls) else {}
        return httpx.Response(200, json={"calls": [{"id": f"call-{index}"}], "meta": meta})

    return serve


def test_follows_the_next_page_url_of_the_body_as_it_is() -> None:
    listing = Listing()
    client = client_for(
        body_pages([f"{BASE}/calls?page=1&PageToken=PA1&limit=2", f"{BASE}/calls?page=2&PageToken=PA2", None]),
        next_attr="meta.next_page_url",
    )
    ids = [call["id"] for call in client.paginate(listing, limit=2)]
    assert ids == ["call-0", "call-1", "call-2"]
    assert listing.requested == [
        f"{BASE}/calls?limit=2",
        f"{BASE}/calls?page=1&PageToken=PA1&limit=2",
        f"{BASE}/calls?page=2&PageToken=PA2",
    ]


def test_is_lazy() -> None:
    listing = Listing()
    client = client_for(body_pages([f"{BASE}/calls?page=1", None]), next_attr="meta.next_page_url")
    pages = client.iterate_pages(listing)
    assert listing.requested == []
    next(pages)
    assert len(listing.requested) == 1


def test_follows_the_link_header_and_reads_a_body_that_is_the_list() -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params.get("page", "0"))
        links = [f'<{BASE}/calls?page=0>; rel="first"']
        if index < 2:
            links.append(f'<{BASE}/calls?page={index + 1}>; rel="next last"')
        return httpx.Response(200, json=[{"id": f"call-{index}"}], headers={"Link": ", ".join(links)})

    listing = Listing()
    vendor = Vendor(
        name="Vendor", distribution="talkwire-vendor", operations=table(next_link="next", items_attr=""), unset=UNSET
    )
    client_class = type("VendorTestClient", (VendorClient, AuthenticatedClient), {"vendor": vendor})
    client = client_class(None, base_url=BASE, transport=httpx.MockTransport(serve))
    assert [call["id"] for call in client.paginate(listing)] == ["call-0", "call-1", "call-2"]
    assert listing.requested[1:] == [f"{BASE}/calls?page=1", f"{BASE}/calls?page=2"]


def test_a_path_from_the_server_root_is_resolved_against_the_client_server() -> None:
    listing = Listing()
    client = client_for(body_pages(["/v2/calls?page=1", None]), next_attr="meta.next_page_url")
    list(client.paginate(listing))
    assert listing.requested[1] == f"{BASE}/calls?page=1"


@pytest.mark.parametrize(
    ("next_url", "refusal"),
    [
        ("https://evil.test/v2/calls?page=1", "not on the client's server"),
        ("http://api.vendor.test/v2/calls?page=1", "not on the client's server"),
        ("https://api.vendor.test:8443/v2/calls?page=1", "not on the client's server"),
        ("https://api.vendor.test/v1/admin?page=1", "not on the client's server"),
        ("?page=1", "relative to a page"),
    ],
)
def test_a_next_page_url_off_the_client_server_is_refused_not_followed(next_url: str, refusal: str) -> None:
    listing = Listing()
    client = client_for(body_pages([next_url]), next_attr="meta.next_page_url")
    with pytest.raises(PagingError, match=refusal):
        list(client.paginate(listing))
    assert len(listing.requested) == 1, "the refused URL was requested"


def test_a_page_naming_a_url_already_walked_is_refused_as_a_cycle() -> None:
    listing = Listing()
    client = client_for(body_pages([f"{BASE}/calls?page=1", f"{BASE}/calls?page=1"]), next_attr="meta.next_page_url")
    with pytest.raises(PagingError, match="cycle"):
        list(client.iterate_pages(listing))
    assert len(listing.requested) == 2


def test_walks_through_the_async_client() -> None:
    listing = Listing()
    client = client_for(body_pages([f"{BASE}/calls?page=1", None]), next_attr="meta.next_page_url")

    async def walk() -> list[str]:
        return [call["id"] async for call in client.apaginate(listing)]

    assert asyncio.run(walk()) == ["call-0", "call-1"]


def test_link_header_parsing_follows_rfc_8288() -> None:
    header = '<https://a.test/x?page=2>; rel="next last", <https://a.test/x?page=0>;rel=first, <https://a.test/y>; title="a,b"'
    assert link_targets([header], "next") == ["https://a.test/x?page=2"]
    assert link_targets([header], "FIRST") == ["https://a.test/x?page=0"]
    assert link_targets([header, '<https://a.test/z>; rel="next"'], "next") == [
        "https://a.test/x?page=2",
        "https://a.test/z",
    ]
    assert link_targets([header], "prev") == []


@pytest.mark.parametrize(
    ("pagination", "message"),
    [
        ({}, "one of `next_attr`"),
        ({"next_attr": "meta.next", "next_link": "next"}, "one of `next_attr`"),
        ({"next_attr": "meta.next", "page_url_arg": ""}, "needs `page_url_arg`"),
    ],
)
def test_the_operation_table_contract_checks_a_url_declaration(pagination: dict[str, Any], message: str) -> None:
    with pytest.raises(OperationTableError, match=message):
        Vendor(name="Vendor", distribution="talkwire-vendor", operations=table(**pagination), unset=UNSET)

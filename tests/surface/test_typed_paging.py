"""Typed auto-paging over loopback: each vendor's list (tests/support/pages.py) walked as
``client.<resource>.<list>_all(...)`` and ``client.aio.<resource>.<list>_all(...)``, yielding the item model its
signature names, with ``.pages()``, the walk's bounds and its paging errors; and every paged operation of every vendor
has its typed twin, with the list call's arguments but the position."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import threading
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route
from talkwire_core import AsyncPager, Pager, PagingError, RetryPolicy

from scripts.spec.method_names import auto_paging_name
from tests.contract.clients import build_client
from tests.contract.operations import load_contract, vendor_keys
from tests.support.pages import PAGED_LISTS, PagedList, serve_paged_lists
from tests.support.servers import serve

PAGES = 3  # pages of two items each, then the last page says there is no more (or is empty)


class ThreePages:
    """Every vendor's list path: page k of a walk has items 2k and 2k + 1; `repeat` serves the first page again."""

    def __init__(self) -> None:
        self.requests = 0
        self.repeat = False
        self._lock = threading.Lock()

    async def answer(self, request: Request) -> JSONResponse:
        plist = next(p for p in PAGED_LISTS.values() if request.url.path == p.path)
        position = request.query_params.get(plist.position)
        with self._lock:
            self.requests += 1
        index = 0 if self.repeat else self._index(plist, position)
        items = [2 * index, 2 * index + 1] if index < PAGES else []
        more = index + 1 < PAGES
        return JSONResponse(plist.page(items, more, plist.cursor_for(index + 1) if more else None))

    @staticmethod
    def _index(plist: PagedList, position: str | None) -> int:
        if position is None:
            return 0
        if plist.style == "cursor":
            return next(k for k in range(100) if plist.cursor_for(k) == position)
        if plist.style == "offset":
            return int(position) // 2
        return int(position) - 1


@pytest.fixture(scope="module")
def lists() -> Iterator[tuple[ThreePages, str]]:
    server = ThreePages()
    with serve_paged_lists(server.answer) as url:
        yield server, url


def entry_of(plist: PagedList) -> dict[str, Any]:
    table = importlib.import_module(f"talkwire_{plist.vendor}_api._operations").OPERATIONS
    entry: dict[str, Any] = table[plist.name]
    return entry


def typed_walk(client: Any, plist: PagedList) -> Any:
    entry = entry_of(plist)
    return getattr(getattr(client, entry["resource"]), auto_paging_name(entry["resource_method"]))


def item_and_page_types(method: Any) -> tuple[type, type]:
    returned = typing.get_type_hints(method)["return"]
    item, page = typing.get_args(returned)
    return item, page


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_a_typed_walk_yields_the_item_model_of_every_page(lists: tuple[ThreePages, str], vendor: str) -> None:
    server, url = lists
    plist = PAGED_LISTS[vendor]
    with build_client(vendor, base_url=url, static_credentials=True, retry=RetryPolicy(max_retries=0)) as client:
        list_all = typed_walk(client, plist)
        item_type, page_type = item_and_page_types(list_all)
        pager = list_all()
        assert isinstance(pager, Pager)
        server.requests = 0
        items = list(pager)
        assert len(items) == 2 * PAGES and all(isinstance(item, item_type) for item in items)
        assert server.requests in (PAGES, PAGES + 1)  # the last page says so, or an empty page ends the walk
        pages = list(list_all().pages())  # a new walk
        assert all(isinstance(page, page_type) for page in pages) and len(pages) >= PAGES
        server.requests = 0
        assert len(list(list_all(max_items=3))) == 3 and server.requests == 2
        assert len(list(list_all(max_pages=1))) == 2


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_the_async_walk_is_the_same_walk(lists: tuple[ThreePages, str], vendor: str) -> None:
    _, url = lists
    plist = PAGED_LISTS[vendor]

    async def walk() -> tuple[list[Any], list[Any], Any]:
        async with build_client(vendor, base_url=url, static_credentials=True).aio as aio:
            list_all = typed_walk(aio, plist)
            pager = list_all()
            assert isinstance(pager, AsyncPager)
            items = [item async for item in pager]
            pages = [page async for page in list_all(max_pages=2).pages()]
            return items, pages, list_all

    items, pages, list_all = asyncio.run(walk())
    item_type, page_type = item_and_page_types(list_all)
    assert len(items) == 2 * PAGES and all(isinstance(item, item_type) for item in items)
    assert len(pages) == 2 and all(isinstance(page, page_type) for page in pages)


def test_a_server_that_breaks_paging_fails_the_typed_walk(lists: tuple[ThreePages, str]) -> None:
    server, url = lists
    server.repeat = True
    try:
        client = build_client("dstny", base_url=url, static_credentials=True)
        with pytest.raises(PagingError, match="list_conversations"):
            list(client.conversations.list_all())
    finally:
        server.repeat = False


@pytest.mark.parametrize("is_async", [False, True])
def test_a_page_that_is_an_export_fails_the_typed_walk_instead_of_ending_it_empty(is_async: bool) -> None:
    """Vida's conversation logs answer JSON, or with format=csv the CSV export: the walk is over JSON pages, and a CSV
    page is refused by name, not read as a page without items (which would end the walk as if there were none)."""
    from talkwire_vida_api.models.list_conversation_logs_format import ListConversationLogsFormat

    async def csv_export(request: Request) -> PlainTextResponse:
        return PlainTextResponse("id,status\n1,ended\n", media_type="text/csv")

    with serve(Starlette(routes=[Route("/api/v2/logs", csv_export)])) as url:
        client = build_client("vida", base_url=url, static_credentials=True)
        assert client.logs.list_conversation_logs(format_=ListConversationLogsFormat.CSV) == "id,status\n1,ended\n"
        with pytest.raises(PagingError, match=r"list_conversation_logs: page 1 is text, not a page of items"):
            if is_async:

                async def walk() -> None:
                    async for _ in client.aio.logs.list_all_conversation_logs(format_=ListConversationLogsFormat.CSV):
                        pass

                asyncio.run(walk())
            else:
                list(client.logs.list_all_conversation_logs(format_=ListConversationLogsFormat.CSV))


def test_bounds_and_a_walk_that_cannot_page_are_refused_when_the_pager_is_made() -> None:
    client = build_client("diio", base_url="https://acme.diio.example", static_credentials=True)
    with pytest.raises(ValueError, match="max_items"):
        client.users.list_all(max_items=0)
    with pytest.raises(PagingError, match="not a talkwire vendor client"):
        Pager(object(), importlib.import_module("talkwire_diio_api.api.users.list_users"), {})


@pytest.mark.parametrize("vendor", vendor_keys())
def test_every_paged_operation_has_a_typed_walk_with_the_lists_arguments_but_the_position(vendor: str) -> None:
    contract = load_contract(vendor)
    client = build_client(vendor, base_url="https://vendor.example", static_credentials=True)
    table = importlib.import_module(f"talkwire_{vendor}_api._operations").OPERATIONS
    walked = 0
    for name, entry in table.items():
        declared = entry.get("pagination")
        resource = getattr(client, entry["resource"])
        walk_name = auto_paging_name(entry["resource_method"])
        if not declared:
            assert not hasattr(resource, walk_name) or walk_name == entry["resource_method"], name
            continue
        walked += 1
        # The argument the walk sets: the page, offset or cursor parameter, or (style url) the next page's URL.
        position = declared["page_url_arg" if declared["style"] == "url" else f"{declared['style']}_param_arg"]
        listed = inspect.signature(getattr(resource, entry["resource_method"])).parameters
        walk = inspect.signature(getattr(resource, walk_name)).parameters
        assert [p for p in listed.values() if p.name != position] == list(walk.values())[:-2], name
        assert list(walk)[-2:] == ["max_pages", "max_items"]
        item_type, page_type = item_and_page_types(getattr(resource, walk_name))
        # The page is the list's JSON body: a list that can also answer an export (Vida's logs: JSON or CSV text)
        # is walked only as JSON.
        returned = typing.get_type_hints(contract.operations[name].module.sync)["return"]
        json_bodies = [member for member in typing.get_args(returned) or (returned,) if member not in (str, bytes)]
        assert [page_type] == json_bodies, name
        assert item_type is not Any
    assert walked == sum(1 for entry in table.values() if entry.get("pagination"))

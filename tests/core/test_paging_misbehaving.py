"""A walk through a list never ends silently as if complete, nor goes on forever, whatever the server does wrong;
the caller can bound any walk.

Servers on loopback that misbehave the ways real ones have: ignoring the page number or offset (diio's listUsers,
Vida's listTasks), `has_next` always true (Vocelio), a repeated cursor, an A→B→A cycle, a cycle longer than any window
a walk could remember, `has_more` with an empty page or with no next cursor, and fresh cursors minted forever.
Each vendor's client walks its own list operation (tests/support/pages.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse
from talkwire_core import PagingError, RetryPolicy

from tests.contract.clients import build_client
from tests.support.pages import PAGED_LISTS, PagedList, serve_paged_lists

Behaviour = Callable[[PagedList, str | None, int], dict[str, Any]]


def _page_number(plist: PagedList, position: str | None) -> int:
    return int(position or 0) // (2 if plist.style == "offset" else 1)


def ignores_position(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
    """The same two items, whatever is asked; says more follow (a fresh cursor each time, for cursor lists)."""
    return plist.page([0, 1], True, plist.cursor_for(count))


def endless(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
    """New items on every page, and always a next one (a fresh cursor each time)."""
    index = count if plist.style == "cursor" else _page_number(plist, position)
    return plist.page([2 * index, 2 * index + 1], True, plist.cursor_for(count))


def cursor_cycle(length: int) -> Behaviour:
    """Cursor k names cursor (k + 1) % length next; its items are its own, so only the positions repeat at first."""

    def behaviour(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
        index = -1 if position is None else _cursor_index(plist, position)
        upcoming = (index + 1) % length
        return plist.page([2 * (index + 1), 2 * (index + 1) + 1], True, plist.cursor_for(upcoming))

    return behaviour


def _cursor_index(plist: PagedList, position: str) -> int:
    return next(k for k in range(10_000) if plist.cursor_for(k) == position)


def repeats_its_cursor(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
    """Names cursor 0 next, also on the page that cursor 0 fetched."""
    return plist.page([2 * count, 2 * count + 1], True, plist.cursor_for(0))


def empty_but_more(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
    """A first page, then an empty one that still says more follow."""
    return plist.page([0, 1] if count == 0 else [], True, plist.cursor_for(count))


def more_without_next(plist: PagedList, position: str | None, count: int) -> dict[str, Any]:
    """Says more pages follow, and names no next cursor."""
    return plist.page([0, 1], True, None)


class MisbehavingLists:
    """Every vendor's list path, answered by `behaviour`; counts the requests."""

    def __init__(self) -> None:
        self.behaviour: Behaviour = endless
        self.requests = 0
        self._lock = threading.Lock()

    async def answer(self, request: Request) -> JSONResponse:
        plist = next(p for p in PAGED_LISTS.values() if request.url.path == p.path)
        with self._lock:
            count = self.requests
            self.requests += 1
        return JSONResponse(self.behaviour(plist, request.query_params.get(plist.position), count))


@pytest.fixture(scope="module")
def lists() -> Iterator[tuple[MisbehavingLists, str]]:
    server = MisbehavingLists()
    with serve_paged_lists(server.answer) as url:
        yield server, url


def walk(
    lists: tuple[MisbehavingLists, str], vendor: str, behaviour: Behaviour, **bounds: Any
) -> tuple[list[Any], PagingError | None, int]:
    """Walk `vendor`'s list against `behaviour`: the items seen, the PagingError raised (or None), the requests."""
    server, url = lists
    server.behaviour, server.requests = behaviour, 0
    client = build_client(vendor, base_url=url, static_credentials=True, retry=RetryPolicy(max_retries=0))
    plist = PAGED_LISTS[vendor]
    items: list[Any] = []
    try:
        for item in client.paginate(plist.operation, **bounds):
            items.append(item)
            assert len(items) < 5000, "the walk did not end"
    except PagingError as exc:
        return items, exc, server.requests
    return items, None, server.requests


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_a_server_that_ignores_the_position_is_a_paging_error_naming_the_operation_and_page(
    lists: tuple[MisbehavingLists, str], vendor: str
) -> None:
    items, error, requests = walk(lists, vendor, ignores_position)
    assert error is not None, f"{vendor}: walked {requests} pages of the same items"
    assert error.operation == PAGED_LISTS[vendor].name and error.page == 2
    assert PAGED_LISTS[vendor].name in str(error) and "page 2" in str(error) and "same items as page 1" in str(error)
    assert len(items) == 2 and requests == 2  # the repeated page never reached the caller


@pytest.mark.parametrize("vendor", ["diga", "dstny"])
def test_a_repeated_cursor_is_a_paging_error(lists: tuple[MisbehavingLists, str], vendor: str) -> None:
    items, error, requests = walk(lists, vendor, repeats_its_cursor)
    assert error is not None and error.page == 2
    assert "the walk would go round in a cycle" in str(error) and "page 2" in str(error)
    assert requests == 2 and len(items) == 4


@pytest.mark.parametrize("vendor", ["diga", "dstny"])
def test_an_a_b_a_cycle_is_a_paging_error(lists: tuple[MisbehavingLists, str], vendor: str) -> None:
    _items, error, requests = walk(lists, vendor, cursor_cycle(2))
    assert error is not None and error.page == 3
    assert repr(PAGED_LISTS[vendor].cursor_for(0)) in str(error) and "page 2 was asked for with already" in str(error)
    assert requests == 3


@pytest.mark.slow
def test_a_cycle_longer_than_any_remembered_window_is_found(lists: tuple[MisbehavingLists, str]) -> None:
    _items, error, requests = walk(lists, "dstny", cursor_cycle(300))
    assert error is not None, f"walked {requests} pages"
    assert requests <= 3 * 300  # Brent's step finds a cycle within about twice its length


@pytest.mark.parametrize("vendor", ["vocelio", "diga", "dstny"])
def test_an_empty_page_that_says_more_follow_is_a_paging_error(
    lists: tuple[MisbehavingLists, str], vendor: str
) -> None:
    items, error, _requests = walk(lists, vendor, empty_but_more)
    assert error is not None and error.page == 2 and "page 2 is empty" in str(error)
    assert len(items) == 2


@pytest.mark.parametrize("vendor", ["diga", "dstny"])
def test_more_pages_with_no_next_cursor_is_a_paging_error(lists: tuple[MisbehavingLists, str], vendor: str) -> None:
    _items, error, _requests = walk(lists, vendor, more_without_next)
    assert error is not None and error.page == 1 and "names no next position" in str(error)


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_max_pages_bounds_a_walk_that_would_never_end(lists: tuple[MisbehavingLists, str], vendor: str) -> None:
    items, error, requests = walk(lists, vendor, endless, max_pages=7)
    assert error is None and requests == 7 and len(items) == 14


@pytest.mark.parametrize("vendor", sorted(PAGED_LISTS))
def test_max_items_bounds_a_walk_that_would_never_end(lists: tuple[MisbehavingLists, str], vendor: str) -> None:
    items, error, requests = walk(lists, vendor, endless, max_items=5)
    assert error is None and len(items) == 5 and requests == 3


def test_pages_are_bounded_too(lists: tuple[MisbehavingLists, str]) -> None:
    server, url = lists
    server.behaviour, server.requests = endless, 0
    client = build_client("dstny", base_url=url, retry=RetryPolicy(max_retries=0))
    pages = list(client.iterate_pages(PAGED_LISTS["dstny"].operation, max_pages=3))
    assert len(pages) == 3 and server.requests == 3
    assert len(list(client.iterate_pages(PAGED_LISTS["dstny"].operation, max_items=3))) == 2


async def test_async_walks_detect_and_bound_the_same_way(lists: tuple[MisbehavingLists, str]) -> None:
    server, url = lists
    client = build_client("dstny", base_url=url, retry=RetryPolicy(max_retries=0))
    operation = PAGED_LISTS["dstny"].operation
    server.behaviour = cursor_cycle(2)
    with pytest.raises(PagingError, match="page 3"):
        async for _ in client.apaginate(operation):
            pass
    server.behaviour = endless
    assert len([item async for item in client.apaginate(operation, max_items=3)]) == 3
    assert len([page async for page in client.aiterate_pages(operation, max_pages=2)]) == 2


@pytest.mark.parametrize("bound", [0, -1, 1.5, True, "3"])
def test_a_bound_must_be_a_whole_number_of_at_least_one(lists: tuple[MisbehavingLists, str], bound: Any) -> None:
    client = build_client("dstny", base_url=lists[1])
    with pytest.raises(ValueError, match="max_pages must be a whole number"):
        next(client.paginate(PAGED_LISTS["dstny"].operation, max_pages=bound))

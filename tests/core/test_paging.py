"""The paging engine walks a list operation lazily from its spec's x-pagination, and stops where it should.

Uses Dstny's client and its generated `list_conversations` (cursor paging: `cursor` in, `pagination.next_cursor` out):
the paging declaration is read from the operation table Dstny's vendor declaration hands to talkwire-core.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable

import httpx
import pytest
from talkwire_core import PagingError, paginate
from talkwire_core._paging import FINGERPRINT_ITEMS, _fingerprint, aiterate_pages, apaginate, iterate_pages
from talkwire_dstny import DstnyClient
from talkwire_dstny_api.api.account import get_account
from talkwire_dstny_api.api.conversations import list_conversations


def conversation(index: int) -> dict:
    return {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "title": f"call {index}",
        "date": "2026-01-01T10:00:00Z",
        "duration": 60,
        "medium": "call",
    }


class CursorServer:
    """Serves `pages` pages of `per_page` conversations, cursor = the page number as a string."""

    def __init__(self, pages: int, per_page: int = 2, *, repeat_cursor: bool = False, has_more_lies: bool = False):
        self.pages = pages
        self.per_page = per_page
        self.repeat_cursor = repeat_cursor
        self.has_more_lies = has_more_lies
        self.cursors: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        self.cursors.append(cursor)
        page = int(cursor or "0")
        last = page >= self.pages - 1
        items = [conversation(page * self.per_page + i) for i in range(self.per_page)] if page < self.pages else []
        next_cursor = None if last and not self.has_more_lies else ("0" if self.repeat_cursor else str(page + 1))
        return httpx.Response(
            200,
            json={
                "conversations": items,
                "pagination": {"has_more": self.has_more_lies or not last, "next_cursor": next_cursor, "limit": 25},
                "_meta": {"token_prefix": "mt_abc", "request_id": "r", "timestamp": "2026-01-01T00:00:00Z"},
            },
        )


def client_for(server: Callable[[httpx.Request], httpx.Response]) -> DstnyClient:
    return DstnyClient("mt_paging_test", base_url="https://dstny.test/api/v1", transport=httpx.MockTransport(server))


def test_walks_every_page_and_stops_on_has_more_false() -> None:
    server = CursorServer(pages=4)
    titles = [item.title for item in paginate(client_for(server), list_conversations)]
    assert titles == [f"call {i}" for i in range(8)]
    assert server.cursors == [None, "1", "2", "3"]


def test_is_lazy() -> None:
    server = CursorServer(pages=10)
    items = paginate(client_for(server), list_conversations)
    assert server.cursors == []
    next(items)
    next(items)
    assert server.cursors == [None]
    next(items)
    assert server.cursors == [None, "1"]


def test_passes_filters_through_every_page() -> None:
    seen: list[str] = []
    server = CursorServer(pages=3)

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params.get("medium", ""))
        return server(request)

    client = client_for(recording)
    from talkwire_dstny_api.models.conversation_medium import ConversationMedium

    assert len(list(paginate(client, list_conversations, medium=ConversationMedium.CALL, limit=2))) == 6
    assert seen == ["call", "call", "call"]


def test_a_repeated_page_is_an_error_before_it_reaches_the_caller() -> None:
    server = CursorServer(pages=5, repeat_cursor=True)
    pages = []
    with pytest.raises(PagingError, match=r"page 2 .* has the same items as page 1"):
        for page in iterate_pages(client_for(server), list_conversations):
            pages.append(page)
    assert server.cursors == [None, "0"]
    assert len(pages) == 1


def test_an_empty_page_that_says_more_follow_is_an_error_not_the_end() -> None:
    server = CursorServer(pages=2, has_more_lies=True)
    items = []
    with pytest.raises(PagingError, match=r"page 3 is empty, yet `pagination\.has_more` says more pages follow"):
        for item in paginate(client_for(server), list_conversations):
            items.append(item)
    assert len(items) == 4
    assert server.cursors == [None, "1", "2"]


def test_an_operation_without_paging_is_refused() -> None:
    with pytest.raises(PagingError, match="declares no paging"):
        next(paginate(client_for(CursorServer(1)), get_account))


def test_memory_does_not_grow_with_pages() -> None:
    def peak_for(pages: int) -> int:
        server = CursorServer(pages=pages, per_page=5)
        server.cursors = _Discard()
        client = client_for(server)
        tracemalloc.start()
        count = 0
        for count, _ in enumerate(paginate(client, list_conversations), start=1):
            if count % 500 == 0:
                gc.collect()  # measure what the walk keeps, not cyclic garbage the collector has not reached yet
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == pages * 5
        return peak

    # Warm the bounded caches (URL parsing, cookies, the walk's recent-page windows, ~256 entries each) first, so
    # that filling them does not count against either run.
    peak_for(400)
    small, large = peak_for(400), peak_for(1600)
    assert large - small < 64_000, f"peak grew by {large - small} bytes for 1200 more pages"


class _Discard(list):
    def append(self, item: object) -> None:
        pass


async def test_async_paging() -> None:
    server = CursorServer(pages=3)
    client = client_for(server)
    titles = [item.title async for item in apaginate(client, list_conversations)]
    assert titles == [f"call {i}" for i in range(6)]
    pages = [page async for page in aiterate_pages(client, list_conversations)]
    assert len(pages) == 3


def test_page_style_starts_at_the_declared_first_page_and_offset_style_counts_items() -> None:
    """Vida numbers some lists from page 0 (first_page: 0) and pages tasks by offset."""
    from talkwire_vida import VidaClient
    from talkwire_vida_api.api.messaging import list_priority_inbox
    from talkwire_vida_api.api.tasks import list_tasks

    pages_seen: list[str] = []
    offsets_seen: list[str] = []

    def vida(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tasks"):
            offset = int(request.url.params["offset"])
            offsets_seen.append(str(offset))
            tasks = [{"id": f"t{i}"} for i in range(offset, min(offset + 2, 5))]
            return httpx.Response(200, json={"success": True, "total": 5, "tasks": tasks})
        page = int(request.url.params["page"])
        pages_seen.append(str(page))
        rooms = [{"roomId": f"r{page}"}] if page < 3 else []
        return httpx.Response(200, json={"rooms": rooms})

    client = VidaClient("vida-token-123456", transport=httpx.MockTransport(vida))
    assert len(list(client.paginate(list_priority_inbox, pagination=True))) == 3
    assert pages_seen == ["0", "1", "2", "3"]
    assert [task.id for task in client.paginate(list_tasks, limit=2)] == ["t0", "t1", "t2", "t3", "t4"]
    assert offsets_seen == ["0", "2", "4", "5"]


def test_a_page_fingerprint_reads_a_bounded_sample_yet_tells_pages_of_distinct_records_apart() -> None:
    class Counted:
        """An item whose repr counts how often the fingerprint read it."""

        reads = 0

        def __init__(self, key: int) -> None:
            self.key = key

        def __repr__(self) -> str:
            Counted.reads += 1
            return f"Counted({self.key})"

    first = [Counted(index) for index in range(1000)]
    assert _fingerprint(first) == _fingerprint([Counted(index) for index in range(1000)])  # the same page again
    assert Counted.reads == 2 * FINGERPRINT_ITEMS  # not every item: a repr per item cost more than the parse
    assert _fingerprint(first) != _fingerprint([Counted(index) for index in range(1000, 2000)])  # the next page
    assert _fingerprint(first) != _fingerprint(first[:999])  # one item shorter
    short = [Counted(index) for index in range(FINGERPRINT_ITEMS)]
    changed = [*short[:10], Counted(-1), *short[11:]]
    assert _fingerprint(short) != _fingerprint(changed)  # a page that short is read whole

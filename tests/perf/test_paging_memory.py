"""Walking a list operation holds one page at a time: peak memory does not grow with the number of items.

Vida's list_tasks (offset paging declared in its overlay document) against an in-memory transport that makes up
pages on demand; tracemalloc's peak during the walk is compared for a short and a ten times longer walk.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
import weakref

import httpx
from talkwire_vida import AsyncVidaClient, VidaClient
from talkwire_vida_api.api.tasks import list_tasks

PAGE_SIZE = 20
# Bounded caches fill during the first few hundred requests (urllib's urlsplit cache, the walk's recent-token
# window): the warm-up walk fills them, so that the measured walks compare what the walk itself holds.
WARM_UP_PAGES = 300


def task(index: int) -> dict[str, object]:
    return {"id": f"task{index}", "type": "call", "state": "pending", "target": "+15550000", "createdAt": index}


def page_answering(request: httpx.Request, total: int) -> httpx.Response:
    offset = int(request.url.params["offset"])
    limit = int(request.url.params["limit"])
    items = [task(index) for index in range(offset, min(offset + limit, total))]
    body = json.dumps({"success": True, "total": total, "tasks": items}).encode()
    return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def transport_serving(total: int) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: page_answering(request, total))


def walk(total: int) -> int:
    with VidaClient(token="perf-test-token", base_url="https://vida.test", transport=transport_serving(total)) as vida:
        return sum(1 for _ in vida.paginate(list_tasks, limit=PAGE_SIZE))


def peak_growth(total: int) -> int:
    """Bytes: tracemalloc's peak during a walk of `total` items minus what was traced before it."""
    walk(PAGE_SIZE * WARM_UP_PAGES)  # imports exist and bounded caches are full before the measurement starts
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        assert walk(total) == total
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def test_peak_memory_of_a_walk_does_not_grow_with_the_number_of_items() -> None:
    short, long = peak_growth(2_000), peak_growth(20_000)
    # Ten times the items (and pages) may cost at most a quarter more than the short walk's peak plus slack for
    # allocator noise: a walk that kept pages or items would need about ten times as much.
    assert long <= short * 1.25 + 256_000, (short, long)


def test_a_walk_yields_every_item_once_in_order() -> None:
    with VidaClient(token="perf-test-token", base_url="https://vida.test", transport=transport_serving(250)) as vida:
        ids = [item.id for item in vida.paginate(list_tasks, limit=PAGE_SIZE)]
    assert ids == [f"task{index}" for index in range(250)]


class AliveAtEachRequest:
    """A transport that counts, at each request, how many of the items walked so far, and of the responses that
    carried them, are still alive."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.walked: list[weakref.ref[object]] = []
        self.responses: list[weakref.ref[httpx.Response]] = []
        self.alive: list[int] = []
        self.responses_alive: list[int] = []
        self.transport = httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.alive.append(sum(1 for ref in self.walked if ref() is not None))
        self.responses_alive.append(sum(1 for ref in self.responses if ref() is not None))
        response = page_answering(request, self.total)
        self.responses.append(weakref.ref(response))
        return response


def test_nothing_of_a_page_is_held_while_the_next_one_is_fetched_and_parsed() -> None:
    """Only the item the caller's loop still holds survives into the next request, and no response does, even with
    the cyclic garbage collector off: freed by reference counting, a page's models die young. A page kept through
    the next parse, or a response freed only by the collector (httpx binds a response and its stream in a cycle),
    ends up in the collector's oldest generation, and full collections of the whole heap follow (or, with the page
    released, dead responses pile up: benchmarks/results.md, paging)."""
    counting = AliveAtEachRequest(3 * PAGE_SIZE)
    gc.disable()
    try:
        with VidaClient(token="perf-test-token", base_url="https://vida.test", transport=counting.transport) as vida:
            for item in vida.paginate(list_tasks, limit=PAGE_SIZE):
                counting.walked.append(weakref.ref(item))
    finally:
        gc.enable()
    assert len(counting.walked) == 3 * PAGE_SIZE
    assert counting.alive == [0, 1, 1, 1]  # three full pages, then the empty one that ends the walk
    assert counting.responses_alive == [0, 0, 0, 0]


async def test_nor_while_an_async_walk_fetches_the_next_one() -> None:
    counting = AliveAtEachRequest(3 * PAGE_SIZE)
    gc.disable()
    try:
        vida = AsyncVidaClient(token="perf-test-token", base_url="https://vida.test", transport=counting.transport)
        async with vida:
            async for item in vida.apaginate(list_tasks, limit=PAGE_SIZE):
                counting.walked.append(weakref.ref(item))
    finally:
        gc.enable()
    assert len(counting.walked) == 3 * PAGE_SIZE
    assert counting.alive == [0, 1, 1, 1]
    assert counting.responses_alive == [0, 0, 0, 0]


def test_a_read_response_keeps_its_body_once_released() -> None:
    with VidaClient(token="perf-test-token", base_url="https://vida.test", transport=transport_serving(3)) as vida:
        response = vida.get_httpx_client().get("/api/v2/tasks", params={"offset": 0, "limit": 3})
    assert response.is_closed
    assert response.json()["tasks"][2]["id"] == "task2"
    assert b"".join(response.iter_bytes()) == response.content
    response.close()  # closing again is harmless

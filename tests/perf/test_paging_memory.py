"""Walking a list operation holds one page at a time: peak memory does not grow with the number of items.

Vida's list_tasks (offset paging declared in its overlay document) against an in-memory transport that makes up
pages on demand; tracemalloc's peak during the walk is compared for a short and a ten times longer walk.
"""

from __future__ import annotations

import gc
import json
import tracemalloc

import httpx
from talkwire_vida import VidaClient
from talkwire_vida_api.api.tasks import list_tasks

PAGE_SIZE = 20
# Bounded caches fill during the first few hundred requests (urllib's urlsplit cache, the walk's recent-token
# window): the warm-up walk fills them, so that the measured walks compare what the walk itself holds.
WARM_UP_PAGES = 300


def task(index: int) -> dict[str, object]:
    return {"id": f"task{index}", "type": "call", "state": "pending", "target": "+15550000", "createdAt": index}


def transport_serving(total: int) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        items = [task(index) for index in range(offset, min(offset + limit, total))]
        body = json.dumps({"success": True, "total": total, "tasks": items}).encode()
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handler)


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

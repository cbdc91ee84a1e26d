"""The resource surface: a call through a resource method (``vida.tasks.list(...)``), a typed walk
(``vida.tasks.list_all(...)``) and the cold start of a program that reaches a resource, each beside its baseline.

Per call, three variants go to the same loopback server in interleaved blocks (calls.py's method): a raw
``httpx.Client`` ending in ``.json()``, the operation module (``list_tasks.sync``) and the resource method, which
calls it: the resource's own cost is the last two apart. The typed walk goes through the same pages as
paging.py's raw loop and ``client.paginate(list_tasks)``. The cold start times, in a fresh interpreter, importing
the vendor package, building a client and touching one resource (which imports the resource's module and its
operations) beside importing one operation module and building the client.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
from talkwire_vida import VidaClient
from talkwire_vida_api.api.tasks import list_tasks

from benchmarks.calls import PATH, TOKEN, _params, _rotated, ainterleaved, interleaved
from benchmarks.imports import ImportTarget
from benchmarks.paging import PAGE_SIZE, overlay_walk, raw_walk

RESOURCE_START = ImportTarget(
    "vida: talkwire_vida + VidaClient(...).tasks (a resource: its module and 10 operations)",
    "import talkwire_vida\ntalkwire_vida.VidaClient(token='bench-token-0123456789').tasks",
)
OPERATION_START = ImportTarget(
    "vida: talkwire_vida + list_tasks + VidaClient(...)",
    "import talkwire_vida\nfrom talkwire_vida_api.api.tasks import list_tasks\n"
    "talkwire_vida.VidaClient(token='bench-token-0123456789')",
)


def per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per call, per round: raw httpx, the operation module, the resource method (sync)."""
    with httpx.Client(base_url=url) as raw, VidaClient(token=TOKEN, base_url=url) as vida:
        calls_by_name: dict[str, Callable[[], object]] = {
            "raw": lambda: raw.get(PATH, params=_params(items)).json(),
            "operation": lambda: list_tasks.sync(client=vida, limit=items, offset=0),
            "resource": lambda: vida.tasks.list(limit=items, offset=0),
        }
        return interleaved(calls_by_name, calls, rounds)


def async_per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    """The async twin of ``per_call``: ``await vida.aio.tasks.list(...)`` beside ``list_tasks.asyncio``."""
    return asyncio.run(_async_per_call(url, items, calls, rounds))


async def _async_per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    async with httpx.AsyncClient(base_url=url) as raw, VidaClient(token=TOKEN, base_url=url).aio as vida:

        async def raw_call() -> object:
            return (await raw.get(PATH, params=_params(items))).json()

        async def operation_call() -> object:
            return await list_tasks.asyncio(client=vida.client, limit=items, offset=0)

        async def resource_call() -> object:
            return await vida.tasks.list(limit=items, offset=0)

        calls_by_name = {"raw": raw_call, "operation": operation_call, "resource": resource_call}
        return await ainterleaved(calls_by_name, calls, rounds)


def typed_walk(url: str, total: int) -> int:
    """``vida.tasks.list_all(limit=PAGE_SIZE)`` over `total` items; how many it yielded."""
    count = 0
    with VidaClient(token=TOKEN, base_url=f"{url}/n/{total}") as vida:
        for _ in vida.tasks.list_all(limit=PAGE_SIZE):
            count += 1
    if count != total:
        raise AssertionError(f"the typed walk saw {count} items, the server holds {total}")
    return count


def walk_throughput(url: str, total: int, rounds: int) -> dict[str, list[float]]:
    """Items per second, per round: the raw loop, ``client.paginate(list_tasks)`` and ``vida.tasks.list_all``."""
    results: dict[str, list[float]] = {"raw": [], "paginate": [], "typed": []}
    walks: list[tuple[str, Walk]] = [("raw", raw_walk), ("paginate", overlay_walk), ("typed", typed_walk)]
    raw_walk(url, total)  # the server caches its pages: no side pays for building them
    for round_number in range(rounds):
        for name, walk in _rotated_walks(walks, round_number):
            started = time.perf_counter()
            walked = walk(url, total)
            results[name].append(walked / (time.perf_counter() - started))
    return results


Walk = Callable[[str, int], int]


def _rotated_walks(walks: list[tuple[str, Walk]], shift: int) -> list[tuple[str, Walk]]:
    names = _rotated([name for name, _ in walks], shift)
    by_name = dict(walks)
    return [(name, by_name[name]) for name in names]

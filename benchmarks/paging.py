"""Paging through many items on the loopback fake server: items per second, and peak memory growth.

The overlay walks ``client.paginate(list_tasks, limit=1000)`` (typed items); the baseline walks the same pages with
a raw httpx client and ``json.loads``, stopping on an empty page. Memory growth is tracemalloc's peak during the
walk minus what was allocated before it, for two item counts: it must not depend on the count.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import httpx
from talkwire_vida import VidaClient
from talkwire_vida_api.api.tasks import list_tasks

from benchmarks.calls import TOKEN

PAGE_SIZE = 1000


def overlay_walk(url: str, total: int) -> int:
    count = 0
    with VidaClient(token=TOKEN, base_url=f"{url}/n/{total}") as vida:
        for _ in vida.paginate(list_tasks, limit=PAGE_SIZE):
            count += 1
    if count != total:
        raise AssertionError(f"paging saw {count} items, the server holds {total}")
    return count


def raw_walk(url: str, total: int) -> int:
    count = 0
    offset = 0
    with httpx.Client(base_url=f"{url}/n/{total}") as raw:
        while True:
            page = raw.get("/api/v2/tasks", params={"limit": PAGE_SIZE, "offset": offset, "token": TOKEN}).json()
            items = page["tasks"]
            if not items:
                break
            count += len(items)
            offset += len(items)
    if count != total:
        raise AssertionError(f"raw paging saw {count} items, the server holds {total}")
    return count


def throughput(url: str, total: int, rounds: int) -> dict[str, list[float]]:
    """Items per second, per round, overlay vs raw (alternating order)."""
    results: dict[str, list[float]] = {"raw": [], "typed": []}
    walks = [("raw", raw_walk), ("typed", overlay_walk)]
    raw_walk(url, total)  # the server caches its pages: neither side pays for building them
    for round_number in range(rounds):
        for name, walk in walks if round_number % 2 == 0 else reversed(walks):
            started = time.perf_counter()
            walked = walk(url, total)
            results[name].append(walked / (time.perf_counter() - started))
    return results


def peak_growth_mb(url: str, total: int) -> float:
    """tracemalloc's peak while walking `total` items, minus the traced memory just before the walk, in MB."""
    overlay_walk(url, PAGE_SIZE)  # imports, pools and caches exist before the baseline is taken
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        overlay_walk(url, total)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return (peak - before) / 1_000_000


def collector_time(url: str, total: int) -> dict[str, dict[str, float]]:
    """Per walk (raw and typed): the cyclic garbage collector's collections per generation and the seconds spent
    in them, from `gc.callbacks`: the typed walk keeps a page of models alive while it is consumed, so more objects
    survive young collections and the full collections that follow scan the whole heap."""
    results: dict[str, dict[str, float]] = {}
    for name, walk in (("raw", raw_walk), ("typed", overlay_walk)):
        walk(url, PAGE_SIZE)
        gc.collect()
        started: dict[int, float] = {}
        spent = {"seconds": 0.0, "gen0": 0.0, "gen1": 0.0, "gen2": 0.0}

        def record(
            phase: str, info: dict[str, int], started: dict[int, float] = started, spent: dict[str, float] = spent
        ) -> None:
            generation = info["generation"]
            if phase == "start":
                started[generation] = time.perf_counter()
            else:
                spent["seconds"] += time.perf_counter() - started.pop(generation, time.perf_counter())
                spent[f"gen{generation}"] += 1

        gc.callbacks.append(record)
        try:
            walk(url, total)
        finally:
            gc.callbacks.remove(record)
        results[name] = spent
    return results

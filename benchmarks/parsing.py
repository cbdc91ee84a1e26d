"""Parse throughput: a 1000-item list page (Vida's list_tasks) into typed models vs ``json.loads`` alone."""

from __future__ import annotations

import gc
import json
import time

from talkwire_vida_api.models.list_tasks_response_200 import ListTasksResponse200

from benchmarks.server import tasks_page


def page_bytes(items: int) -> bytes:
    return json.dumps(tasks_page(0, items, items)).encode()


def parse_rounds(items: int, repeats: int, rounds: int, *, pause_gc: bool = True) -> dict[str, list[float]]:
    """Milliseconds per page, per round: ``json.loads`` vs ``json.loads`` + ``ListTasksResponse200.from_dict``."""
    body = page_bytes(items)
    parsed = ListTasksResponse200.from_dict(json.loads(body))
    if isinstance(parsed.tasks, list) and len(parsed.tasks) != items:
        raise AssertionError("the typed parse lost items")

    def loads() -> object:
        return json.loads(body)

    def typed() -> object:
        return ListTasksResponse200.from_dict(json.loads(body))

    results: dict[str, list[float]] = {"json": [], "typed": []}
    for _ in range(rounds):
        spent = {"json": 0.0, "typed": 0.0}
        # As timeit does: the cyclic garbage collector paused while timing, so that a full collection of this whole
        # process's heap, whose cost has nothing to do with parsing, does not land on whichever side triggered it.
        gc.collect()
        if pause_gc:
            gc.disable()
        try:
            for _ in range(repeats):
                # Alternating one parse of each, so that load from elsewhere falls on both alike.
                for name, parse in (("json", loads), ("typed", typed)):
                    started = time.perf_counter()
                    parse()
                    spent[name] += time.perf_counter() - started
        finally:
            gc.enable()
        for name, total in spent.items():
            results[name].append(total / repeats * 1000)
    return results

"""Parse throughput: a 1000-item list page (Vida's list_tasks) into typed models vs ``json.loads`` alone."""

from __future__ import annotations

import json
import time

from talkwire_vida_api.models.list_tasks_response_200 import ListTasksResponse200

from benchmarks.server import tasks_page


def page_bytes(items: int) -> bytes:
    return json.dumps(tasks_page(0, items, items)).encode()


def parse_rounds(items: int, repeats: int, rounds: int) -> dict[str, list[float]]:
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
    for round_number in range(rounds):
        variants = [("json", loads), ("typed", typed)]
        for name, parse in variants if round_number % 2 == 0 else reversed(variants):
            started = time.perf_counter()
            for _ in range(repeats):
                parse()
            results[name].append((time.perf_counter() - started) / repeats * 1000)
    return results

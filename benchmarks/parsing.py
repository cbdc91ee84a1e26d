"""Parse throughput: a 1000-item list page into typed models, through the operation's generated response parser,
vs ``json.loads`` of the same bytes.

One page per vendor (benchmarks/pages.py): Vida's flat tasks, and the documented examples of the others, with their
nested objects, UUIDs and timestamps. The typed side is what ``sync()`` runs on a 200 response: the generated
``_parse_response`` (``response.json()`` and the models' ``from_dict``), given an ``httpx.Response`` holding the
page's bytes (built once: ``.json()`` decodes again on every call).
"""

from __future__ import annotations

import gc
import importlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import httpx

from benchmarks import pages as pages_module
from benchmarks.pages import ITEMS, DocumentedPage

# CPU time of this thread: a parse is single-threaded CPU work, and on a shared machine wall time also counts the
# time other processes held the core, which lands on either side at random.
CLOCK = time.thread_time


def typed_parser(page: DocumentedPage, body: bytes) -> Any:
    """A callable running the operation's generated response parser on `body` (checked to keep every item)."""
    module = importlib.import_module(page.module)
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def parse() -> Any:
        return module._parse_response(client=None, response=response)

    items = _items_of(parse())
    if len(items) != ITEMS:
        raise AssertionError(f"{page.label}: the typed parse kept {len(items)} of {ITEMS} items")
    return parse


def _items_of(parsed: Any) -> list[Any]:
    """The one list attribute of a page model: its items."""
    values = [getattr(parsed, attribute.name) for attribute in attrs.fields(type(parsed))]
    lists = [value for value in values if isinstance(value, list)]
    if len(lists) != 1:
        raise AssertionError(f"{type(parsed).__name__}: expected one list of items, found {len(lists)}")
    return lists[0]


def parse_rounds(page: DocumentedPage, repeats: int, rounds: int, *, pause_gc: bool = True) -> dict[str, list[float]]:
    """Milliseconds per page, per round: ``json.loads`` vs the generated response parser, one of each in turn."""
    body = page.page_bytes()
    typed = typed_parser(page, body)

    def loads() -> object:
        return json.loads(body)

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
                    started = CLOCK()
                    parse()
                    spent[name] += CLOCK() - started
        finally:
            gc.enable()
        for name, total in spent.items():
            results[name].append(total / repeats * 1000)
    return results


def _loaded_model_modules(page: DocumentedPage) -> list[Any]:
    package = page.module.split(".api.")[0] + ".models."
    return [module for name, module in sorted(sys.modules.items()) if name.startswith(package) and module]


@contextmanager
def _readers_replaced(page: DocumentedPage, names: tuple[str, ...]) -> Iterator[None]:
    """The page's model modules with the named wire readers replaced by `str` (a C call that passes a string
    through): what is left of the parse without those conversions."""
    replaced = []
    for module in _loaded_model_modules(page):
        for name in names:
            if hasattr(module, name):
                replaced.append((module, name, getattr(module, name)))
                setattr(module, name, str)
    try:
        yield
    finally:
        for module, name, original in replaced:
            setattr(module, name, original)


def breakdown(page: DocumentedPage, repeats: int, rounds: int) -> dict[str, float]:
    """Where the typed parse's time over ``json.loads`` goes, in multiples of ``json.loads`` (medians over rounds):
    UUID construction, date-time parsing, and the rest (reading fields, building the attrs objects, nested calls).
    Measured by swapping the UUID and date-time readers out of the generated modules (restored afterwards), the
    variants interleaved parse by parse."""
    body = page.page_bytes()
    typed = typed_parser(page, body)
    variants = {
        "full": (),
        "without UUIDs": ("_uuid_from_wire",),
        "without UUIDs and date-times": ("_uuid_from_wire", "_fromisoformat", "_datetime_from_wire"),
    }
    ratios: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        spent = {name: [0.0, 0.0] for name in variants}
        gc.collect()
        gc.disable()
        try:
            for _ in range(repeats):
                for name, readers in variants.items():
                    with _readers_replaced(page, readers):
                        started = CLOCK()
                        json.loads(body)
                        middle = CLOCK()
                        typed()
                        spent[name][0] += middle - started
                        spent[name][1] += CLOCK() - middle
        finally:
            gc.enable()
        for name, (json_time, typed_time) in spent.items():
            ratios[name].append(typed_time / json_time)
    full, without_uuids, without_both = (statistics.median(ratios[name]) for name in variants)
    return {
        "total": full,
        "uuids": full - without_uuids,
        "date-times": without_uuids - without_both,
        "objects and fields": without_both - 1.0,
    }


def bare_vida_objects(repeats: int, rounds: int) -> list[float]:
    """The floor of any eager attrs build of Vida's flat page: ``json.loads``, then each task's attrs object made
    and filled inline with the raw values (no checks, no conversions, no function call per item), as a ratio to
    ``json.loads`` alone, per round (garbage collector paused)."""
    from talkwire_vida_api.models.list_tasks_response_200_tasks_item import ListTasksResponse200TasksItem as Task

    body = json.dumps(pages_module.vida_tasks(ITEMS)).encode()
    new = Task.__new__

    def bare() -> list[Any]:
        tasks = []
        for item in json.loads(body)["tasks"]:
            task = new(Task)
            task.id = item["id"]
            task.type_ = item["type"]
            task.state = item["state"]
            task.target = item["target"]
            task.created_at = item["createdAt"]
            task.additional_properties = {}
            tasks.append(task)
        return tasks

    ratios = []
    for _ in range(rounds):
        spent = {"json": 0.0, "bare": 0.0}
        gc.collect()
        gc.disable()
        try:
            for _ in range(repeats):
                for side, parse in (("json", lambda: json.loads(body)), ("bare", bare)):
                    started = CLOCK()
                    parse()
                    spent[side] += CLOCK() - started
        finally:
            gc.enable()
        ratios.append(spent["bare"] / spent["json"])
    return ratios

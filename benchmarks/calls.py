"""Per-call cost and async throughput: Vida's overlay client vs a raw httpx client, same loopback server.

Both sides send the same request (``GET /api/v2/tasks?limit=&offset=&token=``) over a kept-alive connection and
get the same bytes. The raw side ends with ``response.json()``; the overlay's ``list_tasks.sync`` ends with typed
models, so two more rows end with ``response.json()`` too: the overlay's configured httpx client (Vida's query-token
auth, retries, typed-error checks), talkwire-core's client alone (no vendor auth; the token sent as a plain
parameter, as the raw side does), and talkwire-core's client with the token as a ``QueryParamAuth`` (placed while
the request is built): the client's own overhead, without the typed parse, split by layer.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from talkwire_core import ClientAssembly, QueryParamAuth, Vendor
from talkwire_vida import VidaClient
from talkwire_vida_api.api.tasks import list_tasks

TOKEN = "bench-token-0123456789"
PATH = "/api/v2/tasks"
# Each round's calls are split into this many interleaved blocks per variant.
BLOCKS = 25
# Each in-flight round alternates this many bursts per side.
IN_FLIGHT_BLOCKS = 10


# talkwire-core's client stack for a vendor that declares nothing of its own.
BENCH_VENDOR = Vendor(name="bench", distribution="bench", operations={}, unset=None)


def _core(url: str, **options: Any) -> ClientAssembly:
    """talkwire-core's client, without vendor auth (the token sent as a plain parameter, as the raw side does)."""
    return ClientAssembly(BENCH_VENDOR, base_url=url, **options)


def _query(url: str, **options: Any) -> ClientAssembly:
    """talkwire-core's client with the token as a QueryParamAuth: placed while the request is built."""
    return ClientAssembly(BENCH_VENDOR, base_url=url, auth=QueryParamAuth("token", TOKEN), **options)


def _rotated(names: list[str], shift: int) -> list[str]:
    shift %= len(names)
    return names[shift:] + names[:shift]


def _params(items: int) -> dict[str, str | int]:
    return {"limit": items, "offset": 0, "token": TOKEN}


def _per_call_ms(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls * 1000


async def _aper_call_ms(call: Callable[[], Awaitable[object]], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - started) / calls * 1000


def collector_paused(call: Callable[[], object]) -> Callable[[], object]:
    """`call` with the cyclic garbage collector paused while it runs (and running again between calls)."""

    def paused() -> object:
        gc.disable()
        try:
            return call()
        finally:
            gc.enable()

    return paused


def acollector_paused(call: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[object]]:
    """The async twin of ``collector_paused``."""

    async def paused() -> object:
        gc.disable()
        try:
            return await call()
        finally:
            gc.enable()

    return paused


def interleaved(calls_by_name: dict[str, Callable[[], object]], calls: int, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per call of each variant, per round: a warm-up (connections open, code paths hot), then each
    round's calls in short blocks, in rotating order, so that load from elsewhere hits all variants alike."""
    results: dict[str, list[float]] = {name: [] for name in calls_by_name}
    for call in calls_by_name.values():
        _per_call_ms(call, max(3, calls // 10))
    for _ in range(rounds):
        spent = dict.fromkeys(calls_by_name, 0.0)
        for block in range(BLOCKS):
            for name in _rotated(list(calls_by_name), block):
                spent[name] += _per_call_ms(calls_by_name[name], max(1, calls // BLOCKS))
        for name, total in spent.items():
            results[name].append(total / BLOCKS)
    return results


async def ainterleaved(
    calls_by_name: dict[str, Callable[[], Awaitable[object]]], calls: int, rounds: int
) -> dict[str, list[float]]:
    """The async twin of ``interleaved``."""
    results: dict[str, list[float]] = {name: [] for name in calls_by_name}
    for call in calls_by_name.values():
        await _aper_call_ms(call, max(3, calls // 10))
    for _ in range(rounds):
        spent = dict.fromkeys(calls_by_name, 0.0)
        for block in range(BLOCKS):
            for name in _rotated(list(calls_by_name), block):
                spent[name] += await _aper_call_ms(calls_by_name[name], max(1, calls // BLOCKS))
        for name, total in spent.items():
            results[name].append(total / BLOCKS)
    return results


def sync_per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per call, per round, for: raw httpx, overlay typed call, overlay's httpx client."""
    core = _core(url).sync_client()
    query = _query(url).sync_client()
    with httpx.Client(base_url=url) as raw, VidaClient(token=TOKEN, base_url=url) as vida, core, query:
        stack = vida.get_httpx_client()

        def raw_call() -> object:
            return raw.get(PATH, params=_params(items)).json()

        def typed_call() -> object:
            return list_tasks.sync(client=vida, limit=items, offset=0)

        def stack_call() -> object:
            return stack.get(PATH, params={"limit": items, "offset": 0}).json()

        def core_call() -> object:
            return core.get(PATH, params=_params(items)).json()

        def query_call() -> object:
            return query.get(PATH, params={"limit": items, "offset": 0}).json()

        calls_by_name = {
            "raw": raw_call,
            "typed": typed_call,
            "stack": stack_call,
            "core": core_call,
            "query": query_call,
        }
        if items > 1:
            # How much of a large typed call is the garbage collector's work on the models it builds.
            calls_by_name |= {"raw_paused": collector_paused(raw_call), "typed_paused": collector_paused(typed_call)}
        return interleaved(calls_by_name, calls, rounds)


def async_per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    return asyncio.run(_async_per_call(url, items, calls, rounds))


async def _async_per_call(url: str, items: int, calls: int, rounds: int) -> dict[str, list[float]]:
    vida = VidaClient(token=TOKEN, base_url=url)
    core = _core(url).async_client()
    query = _query(url).async_client()
    async with httpx.AsyncClient(base_url=url) as raw, vida, core, query:
        stack = vida.get_async_httpx_client()

        async def raw_call() -> object:
            return (await raw.get(PATH, params=_params(items))).json()

        async def typed_call() -> object:
            return await list_tasks.asyncio(client=vida, limit=items, offset=0)

        async def stack_call() -> object:
            return (await stack.get(PATH, params={"limit": items, "offset": 0})).json()

        async def core_call() -> object:
            return (await core.get(PATH, params=_params(items))).json()

        async def query_call() -> object:
            return (await query.get(PATH, params={"limit": items, "offset": 0})).json()

        calls_by_name = {
            "raw": raw_call,
            "typed": typed_call,
            "stack": stack_call,
            "core": core_call,
            "query": query_call,
        }
        if items > 1:
            calls_by_name |= {
                "raw_paused": acollector_paused(raw_call),
                "typed_paused": acollector_paused(typed_call),
            }
        return await ainterleaved(calls_by_name, calls, rounds)


def async_in_flight(url: str, concurrency: int, requests: int, rounds: int) -> dict[str, list[float]]:
    """Requests per second with `concurrency` requests in flight at all times, per round."""
    return asyncio.run(_async_in_flight(url, concurrency, requests, rounds))


async def _seconds_for(call: Callable[[], Awaitable[object]], concurrency: int, per_worker: int) -> float:
    """Seconds `concurrency` workers take to make `per_worker` calls each, each starting its next when one returns."""

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started


async def _async_in_flight(url: str, concurrency: int, requests: int, rounds: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"raw": [], "typed": [], "query": []}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    vida = VidaClient(token=TOKEN, base_url=url, httpx_args={"limits": limits})
    query = _query(url, httpx_args={"limits": limits}).async_client()
    async with httpx.AsyncClient(base_url=url, limits=limits) as raw, vida, query:

        async def raw_call() -> object:
            return (await raw.get(PATH, params=_params(1))).json()

        async def typed_call() -> object:
            return await list_tasks.asyncio(client=vida, limit=1, offset=0)

        async def query_call() -> object:
            return (await query.get(PATH, params={"limit": 1, "offset": 0})).json()

        calls_by_name = {"raw": raw_call, "typed": typed_call, "query": query_call}
        for call in calls_by_name.values():
            await _seconds_for(call, concurrency, 2)
        per_worker = max(1, requests // (IN_FLIGHT_BLOCKS * concurrency))
        for round_number in range(rounds):
            spent = dict.fromkeys(calls_by_name, 0.0)
            for block in range(IN_FLIGHT_BLOCKS):
                # Short alternating bursts, so that load from elsewhere falls on both sides of a round alike.
                for name in _rotated(list(calls_by_name), round_number + block):
                    spent[name] += await _seconds_for(calls_by_name[name], concurrency, per_worker)
            for name, seconds in spent.items():
                results[name].append(per_worker * concurrency * IN_FLIGHT_BLOCKS / seconds)
    return results

"""A 50-thread burst on an expired diio access token: how many refresh calls it causes, and the latency it adds.

Uses talkwire-diio's DiioClient when it imports (its refresh flow, talkwire-core's RenewingBearerAuth underneath);
otherwise RenewingBearerAuth directly, with a renewal request shaped like diio's. Each thread waits at a barrier,
then sends one GET through the same client. The baseline is the same burst with a token that is still fresh.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from talkwire_core import ClientAssembly, RenewingBearerAuth, Token, Vendor, jwt_expiry

from benchmarks.environment import reset_server, server_stats
from benchmarks.server import make_jwt


@dataclass
class BurstResult:
    latencies_ms: list[float]
    refreshes: int
    failures: int


class _DiioShapedAuth(RenewingBearerAuth):
    """diio's renewal (POST /refresh_token with client id, secret and refresh token), on talkwire-core alone."""

    def __init__(self, base_url: str, access_token: str) -> None:
        super().__init__(access_token=access_token)
        self._url = base_url.rstrip("/") + "/refresh_token"

    def build_renewal_request(self) -> httpx.Request:
        body = {"client_id": "bench", "client_secret": "bench-secret", "refresh_token": "bench-refresh"}
        return httpx.Request(
            "POST", self._url, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )

    def token_from_renewal(self, response: httpx.Response) -> Token:
        access_token = response.json()["access_token"]
        return Token(access_token, jwt_expiry(access_token))


def diio_client_factory() -> tuple[str, Callable[[str, str], tuple[httpx.Client, Callable[[], None]]]]:
    """(what is measured, a factory: (base_url, access_token) -> (httpx client, close))."""

    def core(base_url: str, access_token: str) -> tuple[httpx.Client, Callable[[], None]]:
        vendor = Vendor(name="bench", distribution="bench", operations={}, unset=None)
        client = ClientAssembly(vendor, base_url=base_url, auth=_DiioShapedAuth(base_url, access_token)).sync_client()
        return client, client.close

    try:
        from talkwire_diio import DiioClient
    except ImportError:
        return "talkwire_core.RenewingBearerAuth (talkwire_diio does not import)", core

    def diio(base_url: str, access_token: str) -> tuple[httpx.Client, Callable[[], None]]:
        client = DiioClient(
            client_id="bench",
            client_secret="bench-secret",
            refresh_token="bench-refresh",
            access_token=access_token,
            base_url=base_url,
        )
        return client.get_httpx_client(), client.close

    return "talkwire_diio.DiioClient", diio


def burst(
    url: str, factory: Callable[[str, str], tuple[httpx.Client, Callable[[], None]]], *, expired: bool, threads: int
) -> BurstResult:
    token = make_jwt(time.time() - 60) if expired else "valid-token"
    base_url = f"{url}/diio"
    client, close = factory(base_url, token)
    barrier = threading.Barrier(threads)
    latencies: list[float] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def one_request() -> None:
        barrier.wait()
        started = time.perf_counter()
        try:
            client.get("/users").raise_for_status()
        except Exception as exc:  # counted and reported: a burst must not hide failures
            with lock:
                failures.append(exc)
            return
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            latencies.append(elapsed)

    reset_server(url)
    try:
        workers = [threading.Thread(target=one_request) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        close()
    return BurstResult(latencies, server_stats(url)["refreshes"], len(failures))


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def burst_rounds(url: str, threads: int, rounds: int) -> dict[str, Any]:
    what, factory = diio_client_factory()
    expired_p99: list[float] = []
    fresh_p99: list[float] = []
    refreshes: list[int] = []
    failures = 0
    for _ in range(rounds):
        fresh = burst(url, factory, expired=False, threads=threads)
        stale = burst(url, factory, expired=True, threads=threads)
        failures += fresh.failures + stale.failures
        refreshes.append(stale.refreshes)
        if fresh.latencies_ms and stale.latencies_ms:
            fresh_p99.append(p99(fresh.latencies_ms))
            expired_p99.append(p99(stale.latencies_ms))
    return {
        "what": what,
        "expired_p99": expired_p99,
        "fresh_p99": fresh_p99,
        "refreshes": refreshes,
        "failures": failures,
    }

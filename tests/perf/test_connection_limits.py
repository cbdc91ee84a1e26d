"""Connection-pool settings given to a talkwire client reach its network transport.

httpx ignores ``limits`` (and verify, cert, http1/http2, trust_env) when it is handed a transport, and talkwire's
clients always are (their retry layer); ClientSettings passes them on. Checked over loopback: concurrent requests
through a client limited to two connections arrive over at most two connections.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from talkwire_core import ClientSettings

from tests.support.servers import serve

CONCURRENT_REQUESTS = 6


class PortRecorder:
    """ASGI app answering every request after a short pause (so requests overlap), recording client ports."""

    def __init__(self) -> None:
        self.ports: set[int] = set()
        self._lock = threading.Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        with self._lock:
            self.ports.add(scope["client"][1])
        await asyncio.sleep(0.2)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b"{}"})


def settings(url: str, limits: httpx.Limits | None) -> ClientSettings:
    return ClientSettings(base_url=url, distribution="t", httpx_args={"limits": limits} if limits else {})


async def test_async_client_keeps_to_the_connection_limit_it_was_given() -> None:
    recorder = PortRecorder()
    with serve(recorder) as url:
        async with settings(url, httpx.Limits(max_connections=2)).build_async() as client:
            await asyncio.gather(*(client.get("/x") for _ in range(CONCURRENT_REQUESTS)))
    assert 1 <= len(recorder.ports) <= 2


def test_sync_client_keeps_to_the_connection_limit_it_was_given() -> None:
    recorder = PortRecorder()
    limited = httpx.Limits(max_connections=2)
    with serve(recorder) as url, settings(url, limited).build_sync() as client, ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda _: client.get("/x"), range(CONCURRENT_REQUESTS)))
    assert 1 <= len(recorder.ports) <= 2


async def test_without_limits_concurrent_requests_open_more_connections() -> None:
    """The control: the same burst without a limit overlaps on more than two connections."""
    recorder = PortRecorder()
    with serve(recorder) as url:
        async with settings(url, None).build_async() as client:
            await asyncio.gather(*(client.get("/x") for _ in range(CONCURRENT_REQUESTS)))
    assert len(recorder.ports) > 2

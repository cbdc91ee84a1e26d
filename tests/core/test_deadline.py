"""A caller can bound a whole call (retries, renewal and waits included) with a deadline; a server trickling bytes
cannot keep a call alive past it (issue 12, finding 16).

The trickling server is a raw socket server on loopback: it answers with headers (or only part of them), then one
byte every TRICKLE_SECONDS for TRICKLE_BYTES bytes, so that every read completes well inside the read timeout and
httpx's timeouts alone would let the call run for TRICKLE_BYTES * TRICKLE_SECONDS. Bounds on elapsed time here are
correctness bounds (the call ends near its deadline instead of after the trickle), set far from either side.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from talkwire_core import APITimeoutError, ClientOptionError, RetryPolicy, ServerError, deadline

from tests.core.rotating_diio import RotatingDiio, diio_client, expired_token
from tests.support.clients import core_async_client, core_client
from tests.support.servers import serve

TRICKLE_SECONDS = 0.2
TRICKLE_BYTES = 60  # 12 s of trickle: a call that is not cut off takes that long
DEADLINE = 1.0
WELL_BEFORE_THE_TRICKLE_ENDS = 5.0


@contextmanager
def trickling_server(*, in_headers: bool = False) -> Iterator[str]:
    """Answers every connection with a 200 whose body (or, `in_headers`, whose headers) arrive one byte at a time."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    stop = threading.Event()

    def trickle(connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                if in_headers:
                    connection.sendall(head)
                    pieces = [b"X-Slow: " + b"a" * TRICKLE_BYTES + b"\r\n\r\n{}"]
                else:
                    connection.sendall(head + f"Content-Length: {TRICKLE_BYTES}\r\n\r\n".encode())
                    pieces = [b" " * TRICKLE_BYTES]
                for byte in pieces[0]:
                    if stop.wait(TRICKLE_SECONDS):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:  # the client gave up and closed the connection
                return

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=trickle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def timed(call: object) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        call()  # type: ignore[operator]
    except Exception as exc:  # handed back to the test
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


@pytest.mark.parametrize("in_headers", [False, True], ids=["trickled body", "trickled headers"])
def test_a_trickling_server_cannot_keep_a_call_alive_past_its_deadline(in_headers: bool) -> None:
    with trickling_server(in_headers=in_headers) as url:
        client = core_client(url, timeout=0.5, deadline=DEADLINE, retry=RetryPolicy(max_retries=3, backoff_factor=0))
        error, elapsed = timed(lambda: client.get("/slow"))
    assert isinstance(error, APITimeoutError), error
    assert "deadline of 1 s passed" in str(error)
    assert DEADLINE <= elapsed < WELL_BEFORE_THE_TRICKLE_ENDS


def test_without_a_deadline_the_trickle_is_what_httpx_timeouts_allow() -> None:
    """The contrast: every read completes inside the read timeout, so only a deadline ends the call early."""
    with trickling_server() as url:
        client = core_client(url, timeout=0.5, retry=RetryPolicy(max_retries=0))
        with client.stream("GET", "/slow") as response:  # headers arrive at once
            first = next(response.iter_bytes(1))
    assert first == b" "


async def test_an_async_call_is_bounded_the_same_way() -> None:
    with trickling_server() as url:
        client = core_async_client(url, timeout=0.5, deadline=DEADLINE, retry=RetryPolicy(max_retries=0))
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            await client.get("/slow")
        assert time.monotonic() - started < WELL_BEFORE_THE_TRICKLE_ENDS
        await client.aclose()


def test_a_block_bounds_every_call_in_it_and_the_nearest_deadline_wins() -> None:
    with trickling_server() as url:
        client = core_client(url, timeout=0.5, deadline=30.0, retry=RetryPolicy(max_retries=0))
        with deadline(DEADLINE):
            error, elapsed = timed(lambda: client.get("/slow"))
    assert isinstance(error, APITimeoutError) and elapsed < WELL_BEFORE_THE_TRICKLE_ENDS


def test_a_retry_that_would_end_after_the_deadline_is_not_made() -> None:
    attempts: list[float] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        attempts.append(time.monotonic())
        return httpx.Response(503, headers={"Retry-After": "1"}, json={"message": "try later"})

    client = core_client(transport=httpx.MockTransport(unavailable), deadline=1.5, retry=RetryPolicy(max_retries=5))
    error, elapsed = timed(lambda: client.get("/x"))
    assert isinstance(error, ServerError)  # the last answer, not a timeout: nothing was cut short
    assert len(attempts) == 2  # at 0 s and 1 s; a third would start at 2 s, after the deadline
    assert elapsed < 1.5


def test_a_renewal_is_bounded_by_the_deadline_of_the_call_that_needs_it(diio: RotatingDiio, diio_url: str) -> None:
    diio.hang = True
    client = diio_client(diio_url, access_token=expired_token(), timeout=30.0, deadline=DEADLINE)
    error, elapsed = timed(lambda: client.get_httpx_client().get("/v1/meetings"))
    assert isinstance(error, APITimeoutError) and "POST" in str(error) and "/refresh_token" in str(error)
    assert elapsed < WELL_BEFORE_THE_TRICKLE_ENDS


def test_a_caller_waiting_for_another_callers_renewal_waits_at_most_until_its_deadline(
    diio: RotatingDiio, diio_url: str
) -> None:
    diio.hang = True
    client = diio_client(diio_url, access_token=expired_token(), timeout=30.0)
    leader = threading.Thread(target=lambda: timed(lambda: client.get_httpx_client().get("/v1/meetings")))
    leader.start()
    while client.auth_flow.renewals == 0:  # type: ignore[attr-defined]
        time.sleep(0.01)
    with deadline(0.5):
        error, elapsed = timed(lambda: client.get_httpx_client().get("/v1/meetings"))
    assert isinstance(error, APITimeoutError)
    assert "waited for the token renewal another caller started" in str(error) and "GET" in str(error)
    assert elapsed < 3.0
    assert client.auth_flow.renewals == 1  # type: ignore[attr-defined]  # the waiter did not renew on its own
    diio.released.set()
    leader.join(timeout=15)


async def test_an_async_waiter_is_bounded_too(diio: RotatingDiio, diio_url: str) -> None:
    diio.hang = True
    client = diio_client(diio_url, access_token=expired_token(), timeout=30.0)
    leader = asyncio.ensure_future(client.get_async_httpx_client().get("/v1/meetings"))
    while client.auth_flow.renewals == 0:  # type: ignore[attr-defined]
        await asyncio.sleep(0.01)
    with deadline(0.5), pytest.raises(APITimeoutError, match="waited for the token renewal another caller started"):
        await client.get_async_httpx_client().get("/v1/meetings")
    diio.released.set()
    await asyncio.gather(leader, return_exceptions=True)


def test_a_call_within_its_deadline_is_unaffected() -> None:
    with serve(_ok_app()) as url:
        client = core_client(url, deadline=10.0)
        assert client.get("/").json() == {"ok": True}
        with deadline(10.0):
            assert client.get("/").status_code == 200


@pytest.mark.parametrize("seconds", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_deadline_must_be_a_finite_number_of_seconds_above_zero(seconds: object) -> None:
    with pytest.raises(ClientOptionError, match="deadline"):
        core_client(deadline=seconds)  # type: ignore[arg-type]
    with pytest.raises(ClientOptionError, match="deadline"), deadline(seconds):  # type: ignore[arg-type]
        pass


def _ok_app() -> object:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    return Starlette(routes=[Route("/", lambda request: JSONResponse({"ok": True}))])

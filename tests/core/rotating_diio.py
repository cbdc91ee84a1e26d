"""A fake diio on loopback with single-use refresh tokens, as vendors that rotate them have: a second refresh with
the same refresh token is refused ("refresh token already used"), so two concurrent renewals fail a caller."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from talkwire_core import RetryPolicy
from talkwire_diio import DiioClient

CLIENT_ID = "renewal-client-id"
CLIENT_SECRET = "renewal-client-secret-93c1d7"
FIRST_REFRESH_TOKEN = "renewal-refresh-token-0-5e2a"
# Long enough that a test never waits for it, short enough that a server stopping at the end of a test never does.
HANG_SECONDS = 8.0


def make_jwt(exp: float, nonce: int) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part({'exp': int(exp), 'n': nonce})}.c2lnbmF0dXJl"


@dataclass
class RotatingDiio:
    """diio's refresh endpoint with single-use refresh tokens, and one protected list."""

    token_lifetime: float = 3600.0
    refresh_delay: float = 0.3
    hang: bool = False
    rotate: bool = True
    single_use_access_tokens: bool = False
    refresh_calls: int = 0
    refused_refreshes: int = 0
    current_refresh_token: str = FIRST_REFRESH_TOKEN
    valid_tokens: set[str] = field(default_factory=set)
    released: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def refresh(self, request: Request) -> Response:
        body = await request.json()
        with self.lock:
            self.refresh_calls += 1
            presented = body.get("refresh_token")
            accepted = presented == self.current_refresh_token and body.get("client_secret") == CLIENT_SECRET
            if accepted:
                if self.rotate:
                    self.current_refresh_token = f"renewal-refresh-token-{self.refresh_calls}-5e2a"
                token = make_jwt(time.time() + self.token_lifetime, self.refresh_calls)
                self.valid_tokens.add(token)
            else:
                self.refused_refreshes += 1
        if self.hang:
            await asyncio.get_running_loop().run_in_executor(None, self.released.wait, HANG_SECONDS)
        await asyncio.sleep(self.refresh_delay)  # widen the window in which concurrent callers could pile up
        if not accepted:
            return JSONResponse({"error": "invalid_grant", "message": "refresh token already used"}, status_code=401)
        return JSONResponse({"access_token": token, "refresh_token": self.current_refresh_token})

    async def meetings(self, request: Request) -> Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self.lock:
            if token not in self.valid_tokens:
                return JSONResponse({"error": "unauthorized"}, status_code=401)
            if self.single_use_access_tokens:
                self.valid_tokens.discard(token)
        return JSONResponse({"meetings": [], "total": 0, "next": None})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/refresh_token", self.refresh, methods=["POST"]),
                Route("/v1/meetings", self.meetings),
            ]
        )


def diio_client(url: str, **options: Any) -> DiioClient:
    options.setdefault("retry", RetryPolicy(max_retries=0))
    return DiioClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=FIRST_REFRESH_TOKEN, base_url=url, **options
    )


def expired_token() -> str:
    return make_jwt(time.time() - 60, nonce=-1)


def errors_of_calls_in_threads(count: int, call: Callable[[], object]) -> list[BaseException]:
    """Run `call` in `count` threads released together by a barrier; what they raised."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            call()
        except BaseException as exc:  # handed back to the test
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def error_unless_deadlocked(call: Callable[[], object]) -> BaseException | None:
    """Run `call` in a daemon thread and return what it raised (None for nothing); an AssertionError if it has not
    returned after HANG_SECONDS, as a deadlocked call never would (a daemon thread does not keep the run alive)."""
    raised: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            raised.append(None)
        except BaseException as exc:  # handed back to the test
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=HANG_SECONDS)
    assert not thread.is_alive(), "the call deadlocked"
    return raised[0]

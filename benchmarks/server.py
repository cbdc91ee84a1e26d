"""The fake vendor server every network benchmark talks to: a bare ASGI app under uvicorn, in its own process.

Its own process so that server work does not compete with the client for the benchmark process's GIL. Routes:

- ``GET  [/n/<total>]/api/v2/tasks?limit=&offset=``: Vida's list_tasks page (``tasks`` items), ``total`` items in
  all (default 100,000); an offset past the end gives an empty page. Page bodies are cached, so both clients
  measured get the same bytes at the same server cost.
- ``POST .../refresh_token``: a new JWT access token valid for an hour; counted.
- ``GET  /_stats``: ``{"refreshes": n}``; ``POST /_reset`` zeroes it.
- any other ``GET``: ``{"ok": true}`` if the bearer token is one this server issued (or ``valid-token``), else 401.

``python -m benchmarks.server`` prints ``http://127.0.0.1:<port>`` once it listens.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

DEFAULT_TOTAL = 100_000
FRESH_TOKEN = "valid-token"

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def task_item(index: int) -> dict[str, Any]:
    """One item of Vida's list_tasks response, as its spec describes it."""
    return {
        "id": f"task{index:07d}",
        "type": "call" if index % 3 else "sms",
        "state": "pending" if index % 5 else "done",
        "target": f"+1555{index % 10_000_000:07d}",
        "createdAt": 1_712_345_678 + index,
    }


def tasks_page(offset: int, limit: int, total: int) -> dict[str, Any]:
    items = [task_item(index) for index in range(offset, min(offset + limit, total))]
    return {"success": True, "total": total, "tasks": items}


def make_jwt(expires_at: float, subject: str = "bench") -> str:
    """An unsigned JWT whose ``exp`` clients can read (signature checks are not part of the flow measured)."""

    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part({'exp': int(expires_at), 'sub': subject})}.sig"


class FakeVendor:
    """The ASGI app; one instance per server process."""

    def __init__(self) -> None:
        self.pages: dict[tuple[int, int, int], bytes] = {}
        self.issued: set[str] = {FRESH_TOKEN}
        self.refreshes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        method: str = scope["method"]
        if method == "POST":
            await _drain(receive)
        if path.endswith("/api/v2/tasks"):
            await _reply(send, 200, self._tasks(path, scope["query_string"]))
        elif path.endswith("/refresh_token") and method == "POST":
            self.refreshes += 1
            token = make_jwt(time.time() + 3600, subject=f"r{self.refreshes}")
            self.issued.add(token)
            await _reply(send, 200, json.dumps({"access_token": token, "refresh_token": "rotated-refresh"}).encode())
        elif path == "/_stats":
            await _reply(send, 200, json.dumps({"refreshes": self.refreshes}).encode())
        elif path == "/_reset":
            self.refreshes = 0
            await _reply(send, 200, b"{}")
        elif _bearer(scope) in self.issued:
            await _reply(send, 200, b'{"ok": true}')
        else:
            await _reply(send, 401, b'{"error": "invalid or expired token"}')

    def _tasks(self, path: str, query_string: bytes) -> bytes:
        query = parse_qs(query_string.decode())
        limit = int(query.get("limit", ["20"])[0])
        offset = int(query.get("offset", ["0"])[0])
        total = DEFAULT_TOTAL
        if path.startswith("/n/"):
            total = int(path.split("/")[2])
        key = (offset, limit, total)
        body = self.pages.get(key)
        if body is None:
            body = self.pages[key] = json.dumps(tasks_page(offset, limit, total)).encode()
        return body


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization" and value.startswith(b"Bearer "):
            return str(value[7:].decode())
    return None


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if not message.get("more_body"):
            return


async def _reply(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    import socket

    import uvicorn

    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and without it
    # small responses wait for the peer's delayed ACK (40 ms a call).
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    config = uvicorn.Config(FakeVendor(), log_level="warning", lifespan="off", access_log=False, backlog=512)
    uvicorn.Server(config).run(sockets=[listener])


if __name__ == "__main__":
    main()

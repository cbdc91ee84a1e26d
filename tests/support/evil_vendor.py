"""A vendor that fails every way a real one can, on loopback, echoing whatever each request carried.

One ASGI app serves every vendor's client: a client's base URL is ``<server>/<scenario>``, and the scenario decides
the answer to whatever path the client calls under it. Every answer that can carry text carries the request back
(method, URL, headers, body), so whatever credentials a client sent are in the error bodies, pages, cursors and
redirect targets a test then inspects. Token renewals (diio's refresh, Vocelio's login) succeed with tokens this
server mints (``MINTED``), unless the scenario is about them.

Scenarios: ``echo4xx`` (400 JSON), ``echo5xx`` (500 text), ``html`` (502 HTML), ``redirect`` (307 to the other
origin, the query echoed in the target), ``slow`` (answers after SLOW_SECONDS), ``not_json`` (200, a body that is not
JSON), ``bad_field`` (200, a page whose item has a date field holding the echo), ``paging`` (the same page every
time, the cursor naming the credential), ``renewal_refused`` (the refresh or login answers 401 with the echo),
``renewal_slow`` (the refresh or login answers after SLOW_SECONDS), ``renewal_redirect`` (the refresh or login is
redirected with 307 to the other origin); in these three every other path answers 401, so that a client renews.

``localhost`` and ``127.0.0.1`` are two origins of the one server: a redirect goes to the one the request did not
use, and ``foreign`` records what arrived there.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.support.pages import PAGED_LISTS
from tests.support.servers import serve

SLOW_SECONDS = 3.0
RENEWAL_PATHS = ("/refresh_token", "/api/auth/login")


def canary() -> str:
    """A credential no text contains by chance: 32 random URL-safe characters."""
    return secrets.token_urlsafe(24)


@dataclass
class Minted:
    """What the server's renewals hand out: diio's access and rotated refresh token, Vocelio's token and its
    refresh token (all canaries too)."""

    diio_access: str = field(default_factory=canary)
    diio_refresh: str = field(default_factory=canary)
    vocelio_token: str = field(default_factory=canary)
    vocelio_refresh: str = field(default_factory=canary)

    def all(self) -> list[str]:
        return [self.diio_access, self.diio_refresh, self.vocelio_token, self.vocelio_refresh]


@dataclass
class Seen:
    host: str
    text: str  # method, URL, headers and body as one text


@dataclass
class EvilVendor:
    minted: Minted = field(default_factory=Minted)
    seen: list[Seen] = field(default_factory=list)
    released: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def foreign(self, own_host: str) -> list[Seen]:
        """What arrived at the origin other than `own_host`."""
        with self._lock:
            return [seen for seen in self.seen if seen.host != own_host]

    async def _slow(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.released.wait, SLOW_SECONDS)

    async def answer(self, request: Request) -> Response:
        body = (await request.body()).decode("utf-8", errors="replace")
        headers = dict(request.headers)
        echo = f"{request.method} {request.url} headers={json.dumps(headers)} body={body}"
        with self._lock:
            self.seen.append(Seen(request.url.hostname or "", echo))
        scenario, _, rest = request.url.path.lstrip("/").partition("/")
        path = "/" + rest
        if path in RENEWAL_PATHS:
            return await self._renewal(request, scenario, path, echo)
        if scenario.startswith("renewal"):  # refuse the token, so that the client renews
            return JSONResponse({"error": {"code": "AUTH_001", "message": f"expired: {echo}"}}, status_code=401)
        plist = next((p for p in PAGED_LISTS.values() if p.path == path), None)
        if scenario == "echo4xx":
            return JSONResponse({"error": {"code": "E400", "message": f"refused {echo}"}}, status_code=400)
        if scenario == "echo5xx":
            return PlainTextResponse(f"internal error while serving {echo}", status_code=500)
        if scenario == "html":
            return HTMLResponse(f"<html><body><h1>502 Bad Gateway</h1><pre>{echo}</pre></body></html>", 502)
        if scenario == "redirect":
            return self._redirect(request)
        if scenario == "slow":
            await self._slow()
            return JSONResponse({"echo": echo})
        if scenario == "not_json":
            return PlainTextResponse(f"this is not JSON: {echo}", headers={"content-type": "application/json"})
        if scenario == "bad_field" and plist is not None:
            return JSONResponse(_poisoned_page(plist.vendor, echo))
        if scenario == "paging" and plist is not None:
            token = headers.get("authorization", "").removeprefix("Bearer ") or request.query_params.get("token", "")
            cursor = plist.cursor_for(0) if plist.vendor == "diga" else f"after-{token}"
            return JSONResponse(plist.page([0, 1], True, cursor))
        return JSONResponse({"error": {"code": "E404", "message": f"no such path {echo}"}}, status_code=404)

    def _redirect(self, request: Request) -> Response:
        other = "localhost" if request.url.hostname == "127.0.0.1" else "127.0.0.1"
        rest = request.url.path.lstrip("/").partition("/")[2]
        target = request.url.replace(hostname=other, path=f"/echo4xx/{rest}")
        return RedirectResponse(str(target), status_code=307)

    async def _renewal(self, request: Request, scenario: str, path: str, echo: str) -> Response:
        if scenario == "renewal_refused":
            return JSONResponse({"error": "invalid_grant", "message": f"refused {echo}"}, status_code=401)
        if scenario == "renewal_slow":
            await self._slow()
        if scenario == "renewal_redirect":
            return self._redirect(request)
        if path == "/refresh_token":
            return JSONResponse({"access_token": self.minted.diio_access, "refresh_token": self.minted.diio_refresh})
        data = {
            "token": self.minted.vocelio_token,
            "refresh_token": self.minted.vocelio_refresh,
            "expires_in": 3600,
            "user": {"id": "user_1", "email": "ops@example.com", "name": "Ops", "role": "admin"},
        }
        return JSONResponse({"success": True, "data": data})

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/{path:path}", self.answer, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])])


def _poisoned_page(vendor: str, echo: str) -> dict[str, Any]:
    """A page of `vendor`'s list whose one item has a date field holding `echo` (its parser quotes the value)."""
    plist = PAGED_LISTS[vendor]
    page = plist.page([0], False, None)
    items_key = {"diio": "users", "vocelio": "data", "diga": "data", "dstny": "conversations", "vida": "tasks"}[vendor]
    date_field = {"diio": "id", "vocelio": "created_at", "diga": "created_date", "dstny": "date", "vida": "id"}[vendor]
    page[items_key][0][date_field] = echo
    if vendor == "vida":
        page["tasks"] = echo  # Vida's tasks are untyped: a list that is not one
    return page


@contextmanager
def evil_vendor() -> Iterator[tuple[EvilVendor, str]]:
    vendor = EvilVendor()
    with serve(vendor.app()) as url:
        try:
            yield vendor, url
        finally:
            vendor.released.set()

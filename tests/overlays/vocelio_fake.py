"""A small fake of Vocelio's API for loopback tests: login, one protected read, three paged lists, the two
multipart uploads, rate limiting and error envelopes, recording what it received."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN_CANARY = "vocelio-token-canary-5b9d"
META = {"request_id": "req_12345", "timestamp": "2024-01-15T14:00:00Z", "version": "v1"}
ITEMS_PER_LIST = 7  # 3 pages of 3, 3 and 1 item at limit=3


def envelope_error(code: str, message: str, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = {"success": False, "error": {"code": code, "message": message, "details": {}}, "meta": META}
    return JSONResponse(body, status_code=status, headers=headers)


def item_of(kind: str, number: int) -> dict[str, Any]:
    if kind == "calls":
        return {"call_id": f"call_{number}", "status": "completed"}
    if kind == "campaigns":
        return {"campaign_id": f"campaign_{number}", "name": f"Campaign {number}", "status": "active"}
    return {"user_id": f"user_{number}", "email": f"user{number}@example.com"}


@dataclass
class FakeVocelio:
    email: str
    password: str
    expires_in: int = 3600
    login_delay: float = 0.2
    # How an invalid/expired token is answered: "401" (HTTP 401, AUTH_001) or "200" (HTTP 200, AUTH_002 envelope).
    expired_reply: str = "401"
    reject_every_token: bool = False
    logins: int = 0
    valid_tokens: set[str] = field(default_factory=set)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    uploads: list[tuple[str, str, bytes]] = field(default_factory=list)
    pages_served: list[tuple[str, int]] = field(default_factory=list)
    limited_once: set[str] = field(default_factory=set)

    def reset(self, **changes: Any) -> None:
        fresh = FakeVocelio(email=self.email, password=self.password)
        self.__dict__.update(fresh.__dict__ | changes)

    # --- handlers ---------------------------------------------------------------------------------------
    def _authorized(self, request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        if not self.reject_every_token and token in self.valid_tokens:
            return None
        if self.expired_reply == "200":
            return envelope_error("AUTH_002", "Token expired")
        return envelope_error("AUTH_001", "Invalid or missing JWT token", status=401)

    async def login(self, request: Request) -> Response:
        self.logins += 1
        body = await request.json()
        await asyncio.sleep(self.login_delay)
        if body.get("email") != self.email or body.get("password") != self.password:
            # Echo what was sent, as careless servers do, to prove errors still mask the password.
            message = f"invalid credentials for {body.get('email')} / {body.get('password')}"
            if self.expired_reply == "200":
                return envelope_error("AUTH_001", message)
            return envelope_error("AUTH_001", message, status=401)
        token = f"{TOKEN_CANARY}-{self.logins}"
        self.valid_tokens = {token}
        data = {"token": token, "refresh_token": f"refresh-{TOKEN_CANARY}", "expires_in": self.expires_in}
        return JSONResponse({"success": True, "data": data, "meta": META})

    async def current_user(self, request: Request) -> Response:
        return self._authorized(request) or JSONResponse(
            {"success": True, "data": {"user_id": "user_1", "email": self.email}, "meta": META},
            headers={"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "998", "X-RateLimit-Reset": "1642262400"},
        )

    async def listing(self, request: Request) -> Response:
        refused = self._authorized(request)
        if refused is not None:
            return refused
        kind = request.url.path.rsplit("/", 1)[-1]
        page = int(request.query_params.get("page", "1"))
        limit = int(request.query_params.get("limit", "20"))
        self.pages_served.append((kind, page))
        numbers = range((page - 1) * limit, min(page * limit, ITEMS_PER_LIST))
        pages = -(-ITEMS_PER_LIST // limit)
        pagination = {
            "page": page,
            "limit": limit,
            "total": ITEMS_PER_LIST,
            "pages": pages,
            "has_next": page < pages,
            "has_prev": page > 1,
        }
        body = {"success": True, "data": [item_of(kind, n) for n in numbers], "pagination": pagination}
        return JSONResponse(body)

    async def call(self, request: Request) -> Response:
        refused = self._authorized(request)
        if refused is not None:
            return refused
        call_id = request.path_params["call_id"]
        if call_id.startswith("limited") and call_id not in self.limited_once:
            self.limited_once.add(call_id)
            reset = int(time.time()) + 2
            headers = {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
            return envelope_error("SERVICE_002", "Service rate limit exceeded", status=429, headers=headers)
        if call_id.startswith("envelope-"):
            return envelope_error(call_id.removeprefix("envelope-"), "refused in an envelope", status=200)
        return JSONResponse({"success": True, "data": {"call_id": call_id, "status": "completed"}, "meta": META})

    async def upload(self, request: Request) -> Response:
        refused = self._authorized(request)
        if refused is not None:
            return refused
        self.uploads.append((request.url.path, request.headers.get("content-type", ""), await request.body()))
        if request.url.path.endswith("/clone"):
            return JSONResponse({"success": True, "data": {"voice_id": "cloned_voice_1", "status": "training"}})
        return JSONResponse({"success": True, "data": {"import_id": "import_1", "status": "processing"}})

    def app(self) -> Starlette:
        async def record(request: Request) -> Response:
            self.requests.append((request.method, request.url.path, dict(request.headers)))
            endpoint = self.route_for(request)
            return await endpoint(request)

        return Starlette(routes=[Route("/{path:path}", record, methods=["GET", "POST", "PUT"])])

    def route_for(self, request: Request) -> Callable[[Request], Awaitable[Response]]:
        path = request.url.path
        if path == "/api/auth/login":
            return self.login
        if path == "/api/users/me":
            return self.current_user
        if path in ("/api/calls", "/api/campaigns", "/api/users"):
            return self.listing
        if path.startswith("/api/calls/"):
            request.path_params["call_id"] = path.rsplit("/", 1)[-1]
            return self.call
        if path == "/api/voice/clone" or path.endswith("/leads"):
            return self.upload

        async def missing(request: Request) -> Response:
            return envelope_error("RESOURCE_001", f"no route {path}", status=404)

        return missing

"""One paged list operation per vendor, and the bodies of its pages, for servers that tests start on loopback.

Each ``PagedList`` knows its generated operation, the path the server answers, how a request names its position
(page number, offset or cursor) and how to write a page: its items, and what it says about the next page.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support.servers import serve


def _uuid(index: int) -> str:
    return str(uuid.UUID(int=index + 1))


def _diio_page(items: list[int], more: bool | None, cursor: str | None) -> dict[str, Any]:
    return {"users": [{"id": _uuid(i), "email": f"user{i}@example.test", "name": f"user {i}"} for i in items]}


def _vocelio_page(items: list[int], more: bool | None, cursor: str | None) -> dict[str, Any]:
    return {
        "success": True,
        "data": [{"call_id": f"call_{i}", "status": "completed", "phone_number": "+15550000000"} for i in items],
        "pagination": {"page": 1, "limit": 2, "total": 99, "pages": 50, "has_next": bool(more), "has_prev": False},
    }


def _diga_page(items: list[int], more: bool | None, cursor: str | None) -> dict[str, Any]:
    keys = [
        {
            "id": _uuid(i),
            "name": f"key {i}",
            "created_date": "2026-01-01T10:00:00+00:00",
            "last_four_digits": "1234",
            "creator_id": _uuid(0),
            "restricted": False,
        }
        for i in items
    ]
    return {"data": keys, "has_more": bool(more), "first_id": None, "last_id": cursor}


def _dstny_page(items: list[int], more: bool | None, cursor: str | None) -> dict[str, Any]:
    conversations = [
        {"id": _uuid(i), "title": f"call {i}", "date": "2026-01-01T10:00:00Z", "duration": 60, "medium": "call"}
        for i in items
    ]
    return {
        "conversations": conversations,
        "pagination": {"has_more": bool(more), "next_cursor": cursor, "limit": 25},
        "_meta": {"token_prefix": "mt_abc", "request_id": "r", "timestamp": "2026-01-01T00:00:00Z"},
    }


def _vida_page(items: list[int], more: bool | None, cursor: str | None) -> dict[str, Any]:
    return {"success": True, "total": 999, "tasks": [{"id": f"task-{i}"} for i in items]}


@dataclass(frozen=True)
class PagedList:
    vendor: str
    module: str  # the generated operation's module
    path: str  # as the server sees it, under the client's base URL
    position: str  # the query parameter that names the page
    style: str  # "page", "offset" or "cursor"
    page: Callable[[list[int], bool | None, str | None], dict[str, Any]]  # (items, has more, next cursor) -> body

    @property
    def operation(self) -> ModuleType:
        return importlib.import_module(self.module)

    @property
    def name(self) -> str:
        return self.module.rsplit(".", 1)[-1]

    def cursor_for(self, index: int) -> str:
        """A cursor the operation accepts (diga's are UUIDs)."""
        return _uuid(1000 + index) if self.vendor == "diga" else f"cursor-{index}"


PAGED_LISTS: dict[str, PagedList] = {
    "diio": PagedList("diio", "talkwire_diio_api.api.users.list_users", "/v1/users", "page", "page", _diio_page),
    "vocelio": PagedList(
        "vocelio", "talkwire_vocelio_api.api.calls.list_calls", "/api/calls", "page", "page", _vocelio_page
    ),
    "diga": PagedList(
        "diga", "talkwire_diga_api.api.api_keys.list_api_keys", "/v1/api_key/", "after", "cursor", _diga_page
    ),
    "dstny": PagedList(
        "dstny",
        "talkwire_dstny_api.api.conversations.list_conversations",
        "/rest/conversations",
        "cursor",
        "cursor",
        _dstny_page,
    ),
    "vida": PagedList(
        "vida", "talkwire_vida_api.api.tasks.list_tasks", "/api/v2/tasks", "offset", "offset", _vida_page
    ),
}


@contextmanager
def serve_paged_lists(answer: Callable[[Request], Awaitable[Response]]) -> Iterator[str]:
    """Every vendor's paged list path answered by `answer` on a loopback server; yields its base URL."""
    with serve(Starlette(routes=[Route(plist.path, answer) for plist in PAGED_LISTS.values()])) as url:
        yield url

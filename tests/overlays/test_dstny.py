"""talkwire-dstny: scoped `mt_…` token, missing-scope messages, cursor paging with filters, 429 `retryAfter`,
and a token that never surfaces. Real HTTP on loopback where the wire matters, mock transports elsewhere."""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from talkwire_core import (
    APIError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from talkwire_dstny import DSTNY, AsyncDstnyClient, DstnyClient, PagingError
from talkwire_dstny_api.api.conversations import get_conversation, list_conversations
from talkwire_dstny_api.api.notetaker import request_notetaker
from talkwire_dstny_api.api.transcripts import get_conversation_transcript
from talkwire_dstny_api.api.users import list_users
from talkwire_dstny_api.models.conversation_medium import ConversationMedium
from talkwire_dstny_api.models.notetaker_join_request import NotetakerJoinRequest

from tests.support.servers import serve

CANARY = "mt_dstny-canary-token-4b9e1a"
META = {"token_prefix": "mt_dstny", "timestamp": "2026-02-08T00:00:00.000Z"}
PAGES = 4
PER_PAGE = 3
CONVERSATION_ID = UUID("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")


def conversation(index: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "title": f"call {index}",
        "date": "2026-02-07T09:00:00.000Z",
        "duration": 60 + index,
        "medium": "call",
    }


def cursor_of(page: int) -> str:
    """Dstny's cursors are ISO timestamps; each page's is one hour older than the last."""
    moment = datetime.datetime(2026, 2, 7, 23, tzinfo=datetime.UTC) - datetime.timedelta(hours=page)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class FakeDstny:
    """A small CI 2.0: conversations cursor-paged, scopes enforced per path, errors on demand."""

    def __init__(self, scopes: set[str]) -> None:
        self.scopes = scopes
        self.requests: list[Request] = []
        self.empty_last_page = False

    def forbid(self, scope: str) -> Response | None:
        if scope in self.scopes:
            return None
        return JSONResponse({"statusCode": 403, "message": "Forbidden resource", "error": "Forbidden"}, 403)

    async def conversations(self, request: Request) -> Response:
        self.requests.append(request)
        if request.headers.get("authorization") != f"Bearer {CANARY}":
            return JSONResponse({"statusCode": 401, "message": "Unauthorized"}, 401)
        if denied := self.forbid("conversations"):
            return denied
        cursor = request.query_params.get("cursor")
        page = 0 if cursor is None else next(index for index in range(PAGES + 1) if cursor_of(index) == cursor)
        last = page == PAGES - 1
        items = [] if page >= PAGES else [conversation(page * PER_PAGE + i) for i in range(PER_PAGE)]
        has_more = not last or self.empty_last_page
        next_cursor = cursor_of(page + 1) if has_more else None
        return JSONResponse(
            {
                "conversations": items,
                "pagination": {"has_more": has_more, "next_cursor": next_cursor, "limit": PER_PAGE},
                "_meta": META,
            }
        )

    async def transcript(self, request: Request) -> Response:
        self.requests.append(request)
        return self.forbid("transcripts") or JSONResponse({"unexpected": True})

    async def users(self, request: Request) -> Response:
        self.requests.append(request)
        return self.forbid("users") or JSONResponse({"users": [], "_meta": META})

    async def echo_error(self, request: Request) -> Response:
        """Errors whose bodies quote the caller's Authorization header back, to prove errors mask it."""
        self.requests.append(request)
        status = int(request.path_params["status"])
        echoed = request.headers.get("authorization", "")
        if status == 502:
            return HTMLResponse(f"<html><body>Bad Gateway for {echoed}</body></html>", status_code=502)
        return JSONResponse({"statusCode": status, "message": f"rejected {echoed}"}, status)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/api/v1/rest/conversations", self.conversations),
                Route("/api/v1/rest/conversations/{id}/transcript", self.transcript),
                Route("/api/v1/rest/users", self.users),
                Route("/errors/{status}/api/v1/rest/conversations/{id}", self.echo_error),
            ]
        )


@pytest.fixture
def fake() -> FakeDstny:
    return FakeDstny(scopes={"conversations"})


@pytest.fixture
def server(fake: FakeDstny) -> Iterator[str]:
    with serve(fake.app()) as url:
        yield url


def client_for(base_url: str, **options: Any) -> DstnyClient:
    return DstnyClient(CANARY, base_url=f"{base_url}/api/v1", retry=RetryPolicy(max_retries=0), **options)


# --- server URL ----------------------------------------------------------------------------------------------------


def test_the_host_fills_the_specs_server_variable() -> None:
    spec = yaml.safe_load(Path("specs/dstny.yaml").read_text())
    assert spec["servers"][0]["url"] == DSTNY.server
    assert DstnyClient(CANARY, host="ci.acme.example").base_url == "https://ci.acme.example/api/v1"
    assert DstnyClient(CANARY, base_url="http://127.0.0.1:9/api/v1").base_url == "http://127.0.0.1:9/api/v1"


@pytest.mark.parametrize(
    "host", ["https://ci.acme.example", "ci.acme.example/api/v1", "", "ci acme", "ci.example.com@evil.example"]
)
def test_a_url_or_empty_host_is_refused(host: str) -> None:
    with pytest.raises(ValueError, match="host"):
        DstnyClient(CANARY, host=host)


def test_without_host_or_base_url_the_client_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match=r"host=.*base_url="):
        DstnyClient(CANARY)


# --- scopes ------------------------------------------------------------------------------------------------------


def test_a_missing_scope_names_the_scope_the_operation_needs(server: str) -> None:
    with client_for(server) as dstny, pytest.raises(PermissionDeniedError) as info:
        get_conversation_transcript.sync(client=dstny, id=CONVERSATION_ID)
    message = str(info.value)
    assert "403 from GET" in message
    assert "this token lacks the `transcripts` scope that get_conversation_transcript requires" in message
    assert "Forbidden resource" in message
    assert CANARY not in message


async def test_a_missing_scope_names_the_scope_async(server: str) -> None:
    async with AsyncDstnyClient(CANARY, base_url=f"{server}/api/v1") as dstny:
        with pytest.raises(PermissionDeniedError, match="lacks the `users` scope"):
            await list_users.asyncio(client=dstny)


def test_a_granted_scope_passes(fake: FakeDstny, server: str) -> None:
    fake.scopes.add("users")
    with client_for(server) as dstny:
        assert list_users.sync(client=dstny).users == []


# --- paging ------------------------------------------------------------------------------------------------------


def test_paging_walks_every_page_with_the_filters_and_stops_on_has_more_false(fake: FakeDstny, server: str) -> None:
    date_from = datetime.datetime(2026, 1, 20, tzinfo=datetime.UTC)
    date_to = datetime.datetime(2026, 2, 8, tzinfo=datetime.UTC)
    with client_for(server) as dstny:
        titles = [
            item.title
            for item in dstny.paginate(
                list_conversations,
                limit=PER_PAGE,
                medium=ConversationMedium.VIDEO,
                date_from=date_from,
                date_to=date_to,
            )
        ]
    assert titles == [f"call {index}" for index in range(PAGES * PER_PAGE)]
    assert len(fake.requests) == PAGES
    assert [request.query_params.get("cursor") for request in fake.requests] == [None] + [
        cursor_of(page) for page in range(1, PAGES)
    ]
    for request in fake.requests:
        assert request.query_params["medium"] == "video"
        assert request.query_params["limit"] == str(PER_PAGE)
        assert datetime.datetime.fromisoformat(request.query_params["date_from"]) == date_from
        assert datetime.datetime.fromisoformat(request.query_params["date_to"]) == date_to


def test_an_empty_page_that_says_more_follow_is_a_paging_error(fake: FakeDstny, server: str) -> None:
    fake.empty_last_page = True
    pages = []
    with client_for(server) as dstny, pytest.raises(PagingError, match=f"page {PAGES + 1} is empty"):
        for page in dstny.iterate_pages(list_conversations):
            pages.append(page)
    assert [len(page.conversations) for page in pages] == [PER_PAGE] * PAGES
    assert len(fake.requests) == PAGES + 1


def test_paging_asks_for_at_most_25_per_page_by_default(fake: FakeDstny, server: str) -> None:
    with client_for(server) as dstny:
        next(iter(dstny.paginate(list_conversations)))
    assert fake.requests[0].query_params["limit"] == "25"


async def test_async_paging_walks_every_page(fake: FakeDstny, server: str) -> None:
    async with AsyncDstnyClient(CANARY, base_url=f"{server}/api/v1") as dstny:
        ids = [item.id async for item in dstny.apaginate(list_conversations, medium=ConversationMedium.CALL)]
    assert len(ids) == PAGES * PER_PAGE == len(set(ids))
    assert all(request.query_params["medium"] == "call" for request in fake.requests)


# --- rate limits -------------------------------------------------------------------------------------------------

RATE_LIMITED = {"statusCode": 429, "message": "Too Many Requests", "retryAfter": 7}


def scripted(*answers: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    queue = list(answers)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    return httpx.MockTransport(answer), seen


def users_ok() -> httpx.Response:
    return httpx.Response(200, json={"users": [], "_meta": META})


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr("talkwire_core._retry.time.sleep", waits.append)
    return waits


def test_a_429_waits_the_bodys_retry_after_before_the_retry(sleeps: list[float]) -> None:
    transport, seen = scripted(httpx.Response(429, json=RATE_LIMITED), users_ok())
    dstny = DstnyClient(CANARY, host="ci.acme.example", transport=transport)
    assert list_users.sync(client=dstny).users == []
    assert sleeps == [7.0]
    assert len(seen) == 2


def test_a_long_retry_after_is_capped(sleeps: list[float]) -> None:
    transport, _ = scripted(httpx.Response(429, json={**RATE_LIMITED, "retryAfter": 3600}), users_ok())
    dstny = DstnyClient(CANARY, host="ci.acme.example", transport=transport)
    list_users.sync(client=dstny)
    assert sleeps == [60.0]
    transport, _ = scripted(httpx.Response(429, json={**RATE_LIMITED, "retryAfter": 3600}), users_ok())
    capped = DstnyClient(CANARY, host="ci.acme.example", transport=transport, retry=RetryPolicy(max_wait=5.0))
    list_users.sync(client=capped)
    assert sleeps == [60.0, 5.0]


def test_a_post_rate_limited_is_retried_too(sleeps: list[float]) -> None:
    notetaker = {
        "id": "11111111-2222-4333-8444-555555555555",
        "status": "joining",
        "created_at": "2026-02-08T00:00:00.000Z",
        "_meta": META,
    }
    transport, seen = scripted(httpx.Response(429, json=RATE_LIMITED), httpx.Response(201, json=notetaker))
    dstny = DstnyClient(CANARY, host="ci.acme.example", transport=transport)
    body = NotetakerJoinRequest(meeting_url="https://meet.google.com/abc-defg-hij")
    request_notetaker.sync_detailed(client=dstny, body=body)
    assert [request.method for request in seen] == ["POST", "POST"]
    assert sleeps == [7.0]


def test_when_retries_run_out_the_error_carries_retry_after(sleeps: list[float]) -> None:
    transport, seen = scripted(*(httpx.Response(429, json=RATE_LIMITED) for _ in range(3)))
    dstny = DstnyClient(CANARY, host="ci.acme.example", transport=transport)
    with pytest.raises(RateLimitError) as info:
        list_users.sync(client=dstny)
    assert info.value.retry_after == 7.0
    assert info.value.vendor_code == "429"
    assert "Too Many Requests" in str(info.value)
    assert len(seen) == 3
    assert sleeps == [7.0, 7.0]


async def test_a_429_over_loopback_waits_retry_after_async(monkeypatch: pytest.MonkeyPatch) -> None:
    from talkwire_core._retry import _TalkwireRetry

    # Real sleeping here (a short retryAfter); the wrapper only records what the retry decided to wait.
    waits: list[float] = []
    decide = _TalkwireRetry.wait_seconds

    def recording_wait_seconds(self: _TalkwireRetry, outcome: httpx.Response | Exception) -> float:
        waits.append(decide(self, outcome))
        return waits[-1]

    monkeypatch.setattr(_TalkwireRetry, "wait_seconds", recording_wait_seconds)
    arrivals: list[float] = []

    async def limited(request: Request) -> Response:
        arrivals.append(time.monotonic())
        if len(arrivals) == 1:
            return JSONResponse({**RATE_LIMITED, "retryAfter": 0.3}, 429)
        return JSONResponse({"users": [], "_meta": META})

    with serve(Starlette(routes=[Route("/api/v1/rest/users", limited)])) as url:
        async with AsyncDstnyClient(CANARY, base_url=f"{url}/api/v1") as dstny:
            assert (await list_users.asyncio(client=dstny)).users == []
    assert waits == [0.3]
    assert len(arrivals) == 2
    assert arrivals[1] - arrivals[0] >= 0.3


# --- the token never surfaces ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(401, AuthenticationError), (403, PermissionDeniedError), (500, ServerError), (502, ServerError)],
)
def test_the_token_never_surfaces(
    server: str, status: int, error_class: type[APIError], caplog: pytest.LogCaptureFixture
) -> None:
    dstny = DstnyClient(CANARY, base_url=f"{server}/errors/{status}/api/v1", retry=RetryPolicy(max_retries=0))
    with caplog.at_level(logging.DEBUG), dstny, pytest.raises(error_class) as info:
        get_conversation.sync(client=dstny, id=CONVERSATION_ID)
    error = info.value
    assert error.status_code == status
    surfaces = [str(error), repr(error), error.body_excerpt, str(error.vendor_message), repr(dstny)]
    surfaces += [record.getMessage() for record in caplog.records]
    surfaces.append(json.dumps(error.__reduce__()[1][1], default=str))
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    assert "***" in error.body_excerpt  # the echoed header was there, masked
    for text in surfaces:
        assert CANARY not in text

"""One realistic integration per vendor against its fake, in process and over loopback: diio's access token expiring
in the middle of a paged walk (refreshed through the fake's /refresh_token, the refresh token rotated), Vocelio's
login followed by an error envelope on HTTP 200, and a signed Dstny webhook accepted by a user's handler that then
reads the conversation it names."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
from talkwire_core import AuthenticationError, NotFoundError, Token, WebhookVerificationError
from talkwire_diio import DiioClient
from talkwire_diio.testing import DiioFake
from talkwire_diio_api.models.meeting_list import MeetingList
from talkwire_dstny.testing import DstnyFake
from talkwire_dstny.webhooks import verify_and_parse
from talkwire_vocelio.testing import VocelioFake

from tests.fake.connect import connected


def meeting_page(fake: DiioFake, number: int, *, last: bool) -> MeetingList:
    """Page `number` of two meetings, from the spec's example with its names and ids varied."""
    example = fake.meetings.list.default().body
    meetings = []
    for index in range(2):
        meeting = dict(example["meetings"][0], name=f"meeting {number}.{index}")
        meeting["id"] = f"343f605a-0bde-11f0-a454-0625487{number:02d}{index:03d}"
        meetings.append(meeting)
    return MeetingList.from_dict({**example, "meetings": meetings, "next": None if last else number + 1})


def test_diio_access_token_expires_during_a_paged_walk(mode: str) -> None:
    fake = DiioFake()
    fake.meetings.list.pages(meeting_page(fake, number, last=number == 3) for number in (1, 2, 3))
    persisted: list[Token] = []
    names = []

    with connected(fake, mode, on_tokens_refreshed=persisted.append) as diio:
        for meeting in diio.meetings.list_all(limit=2):
            names.append(meeting.name)
            if len(names) == 2:
                fake.tokens.expire_all()  # page 1 read; the token dies before page 2 is asked for

    assert names == [f"meeting {page}.{index}" for page in (1, 2, 3) for index in range(2)]
    assert [call.operation for call in fake.recorded_calls] == [
        "refresh_token",
        "list_meetings",
        "list_meetings",
        "refresh_token",
        "list_meetings",
        "list_meetings",
    ]
    assert [call.query["page"] for call in fake.meetings.list.calls] == ["1", "2", "2", "3"]
    # Rotation: the second refresh presented the refresh token the first one issued, which the client persisted.
    refreshes = fake.auth.refresh_token.calls
    assert refreshes[1].body["refresh_token"] == persisted[0].refresh_token == "fake-refresh-token-1"
    assert persisted[-1].refresh_token == fake.refresh_token == "fake-refresh-token-2"
    fake.check()


def test_diio_refuses_a_refresh_token_that_was_rotated_away() -> None:
    fake = DiioFake()
    with fake.client() as diio:
        diio.meetings.list(page=1)
    stale = DiioClient(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        refresh_token="fake-refresh-token-0",
        base_url=fake.base_url,
        transport=fake.transport,
    )
    with stale, pytest.raises(AuthenticationError) as raised:
        stale.meetings.list(page=1)
    assert raised.value.status_code == 401
    assert "invalid client credentials or refresh token" in str(raised.value)


def test_vocelio_logs_in_then_an_error_envelope_on_http_200_raises_the_typed_error(mode: str) -> None:
    fake = VocelioFake()
    fake.calls.get.fails(404, code="RESOURCE_001", message="Call not found", sent_as=200)

    with connected(fake, mode) as vocelio:
        listed = vocelio.calls.list(limit=10)
        with pytest.raises(NotFoundError) as raised:
            vocelio.calls.get("call_404")

    assert listed.success is True
    assert raised.value.vendor_code == "RESOURCE_001"
    assert [call.operation for call in fake.recorded_calls] == ["login", "list_calls", "get_call"]
    assert fake.recorded_calls[0].body == {"email": fake.email, "password": fake.password}
    assert fake.recorded_calls[2].path_params == {"call_id": "call_404"}
    assert {call.headers.get("x-api-version") for call in fake.recorded_calls} == {"v1"}
    fake.check()


def test_vocelio_an_expired_token_in_an_envelope_logs_in_again(mode: str) -> None:
    fake = VocelioFake(auth_errors_on_200=True)
    with connected(fake, mode) as vocelio:
        vocelio.calls.list()
        fake.tokens.expire_all()  # the next call is answered AUTH_002 on HTTP 200
        vocelio.calls.list()
    assert [call.operation for call in fake.recorded_calls] == [
        "login",
        "list_calls",
        "list_calls",
        "login",
        "list_calls",
    ]


WEBHOOK_SECRET = "whsec-integration"


def dstny_webhook_app(dstny: Any, received: list[tuple[str, str]]) -> Callable[..., Iterable[bytes]]:
    """The user's webhook endpoint (WSGI): verify the delivery, then read the conversation it names from the API."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {key[5:].replace("_", "-"): value for key, value in environ.items() if key.startswith("HTTP_")}
        try:
            event = verify_and_parse(headers, body, secret=WEBHOOK_SECRET)
        except WebhookVerificationError:
            start_response("401 Unauthorized", [("Content-Type", "text/plain")])
            return [b"bad signature"]
        conversation = dstny.conversations.get(event.data.conversation.id)
        received.append((event.event.root, conversation.title))
        start_response("204 No Content", [])
        return []

    return app


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def webhook_endpoint(app: Callable[..., Iterable[bytes]], mode: str) -> Iterator[tuple[str, httpx.Client]]:
    """(url, HTTP client) of the user's endpoint: in process through WSGI, or served on a loopback port."""
    if mode == "in_process":
        with httpx.Client(transport=httpx.WSGITransport(app=app)) as client:
            yield "http://hooks.example/dstny", client
        return
    server = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with httpx.Client() as client:
            yield f"http://127.0.0.1:{server.server_port}/dstny", client
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_dstny_signed_webhook_is_accepted_by_the_users_handler(mode: str) -> None:
    fake = DstnyFake(scopes=["conversations"])
    received: list[tuple[str, str]] = []
    delivery = fake.webhook(secret=WEBHOOK_SECRET)  # conversation.completed, the spec's documented example
    forged = fake.webhook(secret="not-the-secret")

    with connected(fake, mode) as dstny, webhook_endpoint(dstny_webhook_app(dstny, received), mode) as (url, hooks):
        accepted = delivery.send(url, client=hooks)
        refused = forged.send(url, client=hooks)

    assert accepted.status_code == 204
    assert refused.status_code == 401
    assert delivery.headers["X-Webhook-Signature"].startswith("sha256=")
    assert received == [("conversation.completed", fake.conversations.get.default().body["title"])]
    assert [call.operation for call in fake.recorded_calls] == ["get_conversation"]
    fake.check()


def test_dstny_a_token_without_the_scope_gets_403_and_a_429_waits_for_retry_after(mode: str) -> None:
    from talkwire_core import PermissionDeniedError, RetryPolicy

    scoped = DstnyFake(scopes=["users"])
    with connected(scoped, mode) as dstny, pytest.raises(PermissionDeniedError) as raised:
        dstny.conversations.list()
    assert "conversations" in str(raised.value)

    limited = DstnyFake()
    limited.conversations.list.fails(429, retry_after=0, times=1)
    with connected(limited, mode, retry=RetryPolicy(max_wait=1.0)) as dstny:
        dstny.conversations.list()
    assert [call.operation for call in limited.recorded_calls] == ["list_conversations", "list_conversations"]

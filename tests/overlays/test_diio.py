"""talkwire-diio: the refresh flow (ahead of expiry, on 401, single flight, failure, rotation), paging and exports.

The fake diio below is a real HTTP server on loopback; it issues JWTs, counts refresh calls and rejects any token
it did not issue or has revoked, so the tests see exactly what diio would see.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from talkwire_core import APITimeoutError, AuthenticationError, NotFoundError, RetryPolicy, Token
from talkwire_diio import AsyncDiioClient, DiioClient, ExportFailedError, ExportTimeoutError
from talkwire_diio_api.api.meetings import get_meeting, list_meetings
from talkwire_diio_api.api.phone_calls import list_phone_calls
from talkwire_diio_api.api.users import list_users
from talkwire_diio_api.models import ExportStatus

from tests.support.servers import serve

CLIENT_ID = "diio-client-id"
CLIENT_SECRET = "diio-canary-secret-5b1f0e"
REFRESH_TOKEN = "diio-canary-refresh-a7d203"
MEETING_ID = "343f605a-0bde-11f0-a454-06254876e271"
EXPORT_ID = "343f605a-0bde-11f0-a454-06254876e272"


def make_jwt(exp: float, nonce: int) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part({'exp': int(exp), 'n': nonce})}.c2lnbmF0dXJl"


def meeting(index: int) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{index:012d}",
        "name": f"Meeting {index}",
        "scheduled_at": "2025-10-01T15:10:05",
        "created_at": "2025-10-01T15:10:05",
        "updated_at": "2025-10-01T15:10:05",
        "attendees": {"sellers": [], "customers": []},
    }


@dataclass
class FakeDiio:
    """diio's token endpoint and a few resources; tokens live `token_lifetime` seconds."""

    token_lifetime: float = 3600.0
    refresh_fails: bool = False
    rotate_refresh_token: bool = False
    refresh_delay: float = 0.05
    export_states: list[str] = field(default_factory=lambda: ["pending", "in_progress", "finished"])
    refresh_calls: int = 0
    rejected: int = 0
    valid_tokens: set[str] = field(default_factory=set)
    current_refresh_token: str = REFRESH_TOKEN
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self) -> str:
        with self.lock:
            token = make_jwt(time.time() + self.token_lifetime, len(self.valid_tokens))
            self.valid_tokens.add(token)
            return token

    def revoke_all(self) -> None:
        with self.lock:
            self.valid_tokens.clear()

    async def refresh(self, request: Request) -> Response:
        body = await request.json()
        with self.lock:
            self.refresh_calls += 1
        await asyncio.sleep(self.refresh_delay)  # widen the window in which concurrent callers could pile up
        if self.refresh_fails or body != {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": self.current_refresh_token,
        }:
            # Echo the secret the way a careless vendor might, to prove the error hides it.
            return JSONResponse({"error": "invalid_grant", "message": f"bad secret {CLIENT_SECRET}"}, status_code=401)
        answer: dict[str, Any] = {"access_token": self.issue()}
        if self.rotate_refresh_token:
            self.current_refresh_token = f"rotated-{self.refresh_calls}"
            answer["refresh_token"] = self.current_refresh_token
        return JSONResponse(answer)

    def authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        ok = header.startswith("Bearer ") and header.removeprefix("Bearer ") in self.valid_tokens
        if not ok:
            with self.lock:
                self.rejected += 1
        return ok

    async def meetings(self, request: Request) -> Response:
        if not self.authorised(request):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        page = int(request.query_params.get("page", "1"))
        limit = int(request.query_params.get("limit", "2"))
        total = 7
        first = (page - 1) * limit
        items = [meeting(index) for index in range(first, min(first + limit, total))]
        upcoming = page + 1 if first + limit < total else None
        return JSONResponse({"meetings": items, "total": total, "next": upcoming})

    async def one_meeting(self, request: Request) -> Response:
        if not self.authorised(request):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        if request.path_params["id"] != MEETING_ID:
            return JSONResponse({"error": "not_found", "message": "no such meeting"}, status_code=404)
        return JSONResponse({**meeting(1), "id": MEETING_ID, "analyzed_status": "finished", "error_cause": None})

    async def users(self, request: Request) -> Response:
        if not self.authorised(request):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        page = int(request.query_params.get("page", "1"))
        everyone = [
            {"id": f"00000000-0000-4000-9000-{index:012d}", "email": f"u{index}@acme.test", "name": f"U{index}"}
            for index in range(23)
        ]
        return JSONResponse({"users": everyone[(page - 1) * 10 : page * 10]})

    async def export(self, request: Request) -> Response:
        if not self.authorised(request):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        state = self.export_states.pop(0) if len(self.export_states) > 1 else self.export_states[0]
        return JSONResponse(
            {
                "id": EXPORT_ID,
                "file_url": "https://files.acme.test/export.json" if state == "finished" else None,
                "email": None,
                "status": state,
                "created_at": "2025-01-01T01:01:01Z",
            }
        )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/refresh_token", self.refresh, methods=["POST"]),
                Route("/v1/meetings", self.meetings),
                Route("/v1/meetings/{id}", self.one_meeting),
                Route("/v1/users", self.users),
                Route("/v1/exports/{uuid}", self.export),
            ]
        )


@pytest.fixture
def fake() -> FakeDiio:
    return FakeDiio()


@pytest.fixture
def diio_url(fake: FakeDiio) -> Iterator[str]:
    with serve(fake.app()) as url:
        yield url


def client(url: str, **options: Any) -> DiioClient:
    options.setdefault("retry", RetryPolicy(max_retries=0))
    return DiioClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN, base_url=url, **options
    )


# --- the refresh flow ------------------------------------------------------------------------------------------


def test_without_an_access_token_the_first_request_refreshes_first(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url) as diio:
        page = list_meetings.sync(client=diio, page=1, limit=2)
    assert [m.name for m in page.meetings] == ["Meeting 0", "Meeting 1"]
    assert fake.refresh_calls == 1
    assert fake.rejected == 0  # refreshed before sending, not after a 401


def test_a_token_about_to_expire_is_refreshed_ahead_of_time(fake: FakeDiio, diio_url: str) -> None:
    almost_expired = make_jwt(time.time() + 10, nonce=999)  # inside the one-minute leeway
    fake.valid_tokens.add(almost_expired)
    with client(diio_url, access_token=almost_expired) as diio:
        list_meetings.sync(client=diio)
    assert fake.refresh_calls == 1
    assert fake.rejected == 0


def test_a_valid_token_is_used_without_refreshing(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url, access_token=fake.issue()) as diio:
        list_meetings.sync(client=diio)
        list_meetings.sync(client=diio)
    assert fake.refresh_calls == 0


def test_a_401_refreshes_once_and_replays_the_request(fake: FakeDiio, diio_url: str) -> None:
    # A token whose exp we cannot read (not a JWT): only the 401 tells us it is dead.
    with client(diio_url, access_token="opaque-dead-token") as diio:
        found = get_meeting.sync(client=diio, id=MEETING_ID)
    assert str(found.id) == MEETING_ID
    assert fake.refresh_calls == 1
    assert fake.rejected == 1


def test_fifty_threads_on_an_expired_token_cause_one_refresh_each_time_it_expires(
    fake: FakeDiio, diio_url: str
) -> None:
    expired = make_jwt(time.time() - 5, nonce=1000)
    barrier = threading.Barrier(50)
    failures: list[BaseException] = []

    def call(diio: DiioClient) -> None:
        barrier.wait()
        try:
            list_meetings.sync(client=diio, limit=1)
        except BaseException as exc:  # collected and asserted below
            failures.append(exc)

    with client(diio_url, access_token=expired) as diio:
        for expected_refreshes in (1, 2):
            threads = [threading.Thread(target=call, args=(diio,)) for _ in range(50)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert failures == []
            assert fake.refresh_calls == expected_refreshes
            fake.revoke_all()  # diio invalidates the token: the next burst meets 401s, not a readable exp


async def test_fifty_tasks_on_an_expired_token_cause_one_refresh_each_time_it_expires(
    fake: FakeDiio, diio_url: str
) -> None:
    expired = make_jwt(time.time() - 5, nonce=1001)
    async with AsyncDiioClient(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        access_token=expired,
        base_url=diio_url,
        retry=RetryPolicy(max_retries=0),
    ) as diio:
        for expected_refreshes in (1, 2):
            pages = await asyncio.gather(*(list_meetings.asyncio(client=diio, limit=1) for _ in range(50)))
            assert all(page.meetings for page in pages)
            assert fake.refresh_calls == expected_refreshes
            fake.revoke_all()


def test_a_failed_refresh_raises_authentication_error_after_one_attempt(fake: FakeDiio, diio_url: str) -> None:
    fake.refresh_fails = True
    with client(diio_url) as diio, pytest.raises(AuthenticationError) as raised:
        list_meetings.sync(client=diio)
    assert fake.refresh_calls == 1
    assert raised.value.status_code == 401
    assert "renewing the access token failed" in str(raised.value)
    assert CLIENT_SECRET not in str(raised.value) and CLIENT_SECRET not in repr(raised.value)


def test_concurrent_callers_share_one_failed_refresh(fake: FakeDiio, diio_url: str) -> None:
    fake.refresh_fails = True
    barrier = threading.Barrier(20)
    outcomes: list[BaseException | None] = []

    def call(diio: DiioClient) -> None:
        barrier.wait()
        try:
            list_meetings.sync(client=diio)
            outcomes.append(None)
        except AuthenticationError as exc:
            outcomes.append(exc)

    with client(diio_url) as diio:
        threads = [threading.Thread(target=call, args=(diio,)) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(outcomes) == 20 and all(isinstance(outcome, AuthenticationError) for outcome in outcomes)
    assert fake.refresh_calls == 1


def test_a_rotated_refresh_token_is_used_from_then_on_and_handed_to_the_callback(fake: FakeDiio, diio_url: str) -> None:
    fake.rotate_refresh_token = True
    persisted: list[Token] = []
    with client(diio_url, on_tokens_refreshed=persisted.append) as diio:
        list_meetings.sync(client=diio)
        fake.revoke_all()
        list_meetings.sync(client=diio)  # 401 → refresh with the rotated token, which the fake insists on
    assert fake.refresh_calls == 2
    assert [token.refresh_token for token in persisted] == ["rotated-1", "rotated-2"]
    assert all(token.expires_at is not None for token in persisted)  # read from the JWT's exp


def test_the_client_needs_credentials_and_a_place_to_talk_to() -> None:
    with pytest.raises(ValueError, match="subdomain"):
        DiioClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    with pytest.raises(ValueError, match="refresh_token"):
        DiioClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token="", subdomain="acme")
    diio = DiioClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN, subdomain="acme")
    assert diio.get_httpx_client().base_url == httpx.URL("https://acme.diio.com/api/external/")


# --- secrets -----------------------------------------------------------------------------------------------------


def test_secrets_never_surface_in_logs_reprs_or_errors(
    fake: FakeDiio, diio_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    access_token = fake.issue()
    with client(diio_url, access_token=access_token) as diio:
        list_meetings.sync(client=diio)
        with pytest.raises(NotFoundError) as missing:
            get_meeting.sync(client=diio, id="00000000-0000-4000-8000-00000000dead")
        texts = [repr(diio), repr(diio.auth_flow), str(missing.value), repr(missing.value)]
    fake.refresh_fails = True
    with client(diio_url) as failing:
        with pytest.raises(AuthenticationError) as refused:
            list_meetings.sync(client=failing)
        texts += [str(refused.value), repr(refused.value), repr(failing)]
    texts += [record.getMessage() for record in caplog.records]
    everything = "\n".join(texts)
    assert caplog.records, "httpx should have logged its requests at DEBUG"
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, access_token):
        assert secret not in everything


# --- paging, parsing, exports -----------------------------------------------------------------------------------


def test_paging_walks_every_meeting_page_and_stops_at_the_last(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url) as diio:
        names = [m.name for m in diio.paginate(list_meetings, limit=2)]
    assert names == [f"Meeting {index}" for index in range(7)]  # 4 pages, the last has next: null


def test_users_page_until_an_empty_page(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url) as diio:
        emails = [user.email for user in diio.paginate(list_users)]
    assert len(emails) == 23 and emails[0] == "u0@acme.test" and emails[-1] == "u22@acme.test"


async def test_async_paging(fake: FakeDiio, diio_url: str) -> None:
    async with client(diio_url) as diio:
        names = [m.name async for m in diio.apaginate(list_meetings, limit=3)]
    assert len(names) == 7


def test_zone_less_timestamps_parse_as_datetimes(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url) as diio:
        found = get_meeting.sync(client=diio, id=MEETING_ID)
    assert found.scheduled_at == datetime.datetime(2025, 10, 1, 15, 10, 5)
    assert found.error_cause is None


def test_paging_is_declared_for_meetings_phone_calls_and_users() -> None:
    from talkwire_diio_api._operations import OPERATIONS

    for name in ("list_meetings", "list_phone_calls", "list_users"):
        assert OPERATIONS[name]["pagination"], name
    assert list_phone_calls.__name__.endswith("list_phone_calls")


def test_wait_for_export_polls_until_finished(fake: FakeDiio, diio_url: str) -> None:
    with client(diio_url) as diio:
        export = diio.wait_for_export(EXPORT_ID, timeout=5, poll_interval=0.01)
    assert export.status == ExportStatus.FINISHED
    assert export.file_url == "https://files.acme.test/export.json"
    assert fake.export_states == ["finished"]  # pending and in_progress were both seen


def test_wait_for_export_raises_with_the_export_when_it_fails(fake: FakeDiio, diio_url: str) -> None:
    fake.export_states = ["pending", "error"]
    with client(diio_url) as diio, pytest.raises(ExportFailedError) as failed:
        diio.wait_for_export(EXPORT_ID, timeout=5, poll_interval=0.01)
    assert failed.value.export.status == ExportStatus.ERROR


def test_wait_for_export_gives_up_at_the_timeout(fake: FakeDiio, diio_url: str) -> None:
    fake.export_states = ["in_progress"]
    with client(diio_url) as diio, pytest.raises(ExportTimeoutError) as late:
        diio.wait_for_export(EXPORT_ID, timeout=0.2, poll_interval=0.05)
    assert late.value.export.status == ExportStatus.IN_PROGRESS
    assert isinstance(late.value, TimeoutError)


async def test_await_export(fake: FakeDiio, diio_url: str) -> None:
    async with client(diio_url) as diio:
        export = await diio.await_export(EXPORT_ID, timeout=5, poll_interval=0.01)
    assert export.status == ExportStatus.FINISHED


def test_a_hung_refresh_endpoint_times_out_with_the_clients_timeout(fake: FakeDiio, diio_url: str) -> None:
    fake.refresh_delay = 2.0
    started = time.monotonic()
    with client(diio_url, timeout=0.3) as diio, pytest.raises(APITimeoutError):
        list_meetings.sync(client=diio)
    assert time.monotonic() - started < 1.5


def test_calling_refresh_token_yourself_neither_refreshes_first_nor_retries_its_401(
    fake: FakeDiio, diio_url: str
) -> None:
    from talkwire_diio_api.api.auth import refresh_token
    from talkwire_diio_api.models import RefreshTokenRequest

    with client(diio_url) as diio:
        body = RefreshTokenRequest(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token="wrong")
        with pytest.raises(AuthenticationError) as refused:
            refresh_token.sync(client=diio, body=body)
        assert "renewing" not in str(refused.value)  # the caller's own call failed, not a renewal
        assert fake.refresh_calls == 1
        tokens = refresh_token.sync(
            client=diio,
            body=RefreshTokenRequest(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=REFRESH_TOKEN),
        )
    assert tokens.access_token in fake.valid_tokens
    assert fake.refresh_calls == 2

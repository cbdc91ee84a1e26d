"""talkwire-vocelio: login single flight, error envelopes as typed errors (also on HTTP 200), rate-limit waits,
paging, multipart uploads, secrets kept out of logs/reprs/errors, and webhook verification."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from talkwire_core import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
    Token,
)
from talkwire_vocelio import (
    ENVIRONMENTS,
    AsyncVocelioClient,
    VocelioClient,
    clone_voice_request,
    unwrap,
    upload_leads_request,
)
from talkwire_vocelio._errors import STATUS_OF_CODE, status_of_code
from talkwire_vocelio._uploads import DECLARED_PART_TYPES
from talkwire_vocelio_api.api.calls import get_call, list_calls
from talkwire_vocelio_api.api.campaigns import list_campaigns, upload_leads
from talkwire_vocelio_api.api.users import get_current_user, list_users
from talkwire_vocelio_api.api.voice import clone_voice

from tests.overlays.vocelio_fake import ITEMS_PER_LIST, TOKEN_CANARY, FakeVocelio
from tests.support.servers import serve

EMAIL = "ops@example.com"
PASSWORD = "vocelio-password-canary-e41f"
SPEC = yaml.safe_load(Path(__file__).parents[2].joinpath("specs/vocelio.yaml").read_text())


@pytest.fixture(scope="module")
def fake_and_url() -> Any:
    fake = FakeVocelio(email=EMAIL, password=PASSWORD)
    with serve(fake.app()) as url:
        yield fake, url


@pytest.fixture
def fake(fake_and_url: tuple[FakeVocelio, str]) -> FakeVocelio:
    fake_and_url[0].reset()
    return fake_and_url[0]


@pytest.fixture
def url(fake_and_url: tuple[FakeVocelio, str]) -> str:
    return fake_and_url[1]


def login_client(url: str, password: str = PASSWORD, **options: Any) -> VocelioClient:
    options.setdefault("retry", RetryPolicy(max_retries=0))
    return VocelioClient(email=EMAIL, password=password, base_url=url, **options)


# --- construction -----------------------------------------------------------------------------------------


def test_environments_are_the_spec_servers() -> None:
    assert sorted(ENVIRONMENTS.values()) == sorted(server["url"] for server in SPEC["servers"])
    assert VocelioClient(token="static-token-1").base_url == "https://api.vocelio.ai"
    assert VocelioClient(token="static-token-1", environment="staging").base_url == "https://api-staging.vocelio.ai"
    assert VocelioClient(token="static-token-1", environment="development").base_url == "http://localhost:3000"
    assert VocelioClient(token="static-token-1", base_url="https://proxy.test").base_url == "https://proxy.test"


def test_bad_construction_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match="unknown Vocelio environment 'prod'"):
        VocelioClient(token="static-token-1", environment="prod")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="token=, or email= and password="):
        VocelioClient()
    with pytest.raises(ValueError, match="Vocelio's login password is required"):
        VocelioClient(email=EMAIL)
    with pytest.raises(ValueError, match="not both"):
        VocelioClient(token="static-token-1", email=EMAIL, password=PASSWORD)
    with pytest.raises(ValueError, match="never renewed"):
        VocelioClient(token="static-token-1", on_token_renewed=print)


# --- auth -------------------------------------------------------------------------------------------------


def test_x_api_version_is_on_every_request_including_the_login(fake: FakeVocelio, url: str) -> None:
    with login_client(url) as vocelio:
        get_current_user.sync(client=vocelio)
        list(vocelio.paginate(list_calls, limit=3))
        vocelio.get_httpx_client().get("/api/users/me")  # a request no generated operation built
    assert len(fake.requests) == 6
    assert all(headers.get("x-api-version") == "v1" for _, _, headers in fake.requests)
    assert fake.requests[0][:2] == ("POST", "/api/auth/login")


def test_login_uses_the_spec_path_and_the_token_for_its_lifetime(fake: FakeVocelio, url: str) -> None:
    with login_client(url) as vocelio:
        for _ in range(3):
            assert get_current_user.sync(client=vocelio).data.email == EMAIL
    assert fake.logins == 1
    assert all(headers["authorization"] == f"Bearer {TOKEN_CANARY}-1" for _, _, headers in fake.requests[1:])


def test_50_threads_cause_one_login(fake: FakeVocelio, url: str) -> None:
    barrier = threading.Barrier(50)
    with login_client(url) as vocelio:

        def call(_: int) -> str:
            barrier.wait()
            return get_current_user.sync(client=vocelio).data.user_id

        with ThreadPoolExecutor(max_workers=50) as pool:
            assert set(pool.map(call, range(50))) == {"user_1"}
    assert fake.logins == 1


async def test_50_tasks_cause_one_login(fake: FakeVocelio, url: str) -> None:
    async with AsyncVocelioClient(email=EMAIL, password=PASSWORD, base_url=url) as vocelio:
        users = await asyncio.gather(*(get_current_user.asyncio(client=vocelio) for _ in range(50)))
    assert {user.data.user_id for user in users} == {"user_1"}
    assert fake.logins == 1


@pytest.mark.parametrize("expired_reply", ["401", "200"])
def test_an_expired_token_logs_in_again_once_and_replays(fake: FakeVocelio, url: str, expired_reply: str) -> None:
    fake.expired_reply = expired_reply  # "200": HTTP 200 with an AUTH_002 envelope
    with login_client(url) as vocelio:
        get_current_user.sync(client=vocelio)
        fake.valid_tokens.clear()  # the server expires the token
        assert get_current_user.sync(client=vocelio).data.user_id == "user_1"
    assert fake.logins == 2


async def test_async_an_expired_token_on_http_200_logs_in_again_once(fake: FakeVocelio, url: str) -> None:
    fake.expired_reply = "200"
    renewed: list[Token] = []
    async with AsyncVocelioClient(email=EMAIL, password=PASSWORD, base_url=url, on_token_renewed=renewed.append) as v:
        await get_current_user.asyncio(client=v)
        fake.valid_tokens.clear()
        assert (await get_current_user.asyncio(client=v)).data.user_id == "user_1"
    assert fake.logins == 2
    assert [token.access_token for token in renewed] == [f"{TOKEN_CANARY}-1", f"{TOKEN_CANARY}-2"]
    assert renewed[0].refresh_token == f"refresh-{TOKEN_CANARY}"


def test_the_token_is_renewed_ahead_of_its_expires_in(fake: FakeVocelio, url: str) -> None:
    now = [1_000_000.0]
    with login_client(url) as vocelio:
        vocelio.auth_flow._clock = lambda: now[0]  # type: ignore[attr-defined]
        get_current_user.sync(client=vocelio)
        now[0] += 3600 - 120  # still valid: no login
        get_current_user.sync(client=vocelio)
        assert fake.logins == 1
        now[0] += 90  # inside the renewal leeway before `expires_in` runs out
        get_current_user.sync(client=vocelio)
    assert fake.logins == 2
    assert not any(headers.get("authorization", "").endswith("-1") for _, _, headers in fake.requests[4:])


def test_a_token_refused_again_after_a_fresh_login_raises_without_a_loop(fake: FakeVocelio, url: str) -> None:
    fake.reject_every_token = True
    with login_client(url) as vocelio, pytest.raises(AuthenticationError) as caught:
        get_current_user.sync(client=vocelio)
    assert fake.logins == 2  # the first login, and the one renewal the 401 allows
    assert [path for _, path, _ in fake.requests].count("/api/users/me") == 2
    assert caught.value.vendor_code == "AUTH_001"


@pytest.mark.parametrize("reply", ["401", "200"])
def test_a_failed_login_raises_after_a_single_attempt_for_50_threads(fake: FakeVocelio, url: str, reply: str) -> None:
    fake.expired_reply = reply
    barrier = threading.Barrier(50)
    with login_client(url, password="wrong-password-123") as vocelio:

        def call(_: int) -> BaseException | None:
            barrier.wait()
            try:
                get_current_user.sync(client=vocelio)
            except BaseException as exc:
                return exc
            return None

        with ThreadPoolExecutor(max_workers=50) as pool:
            outcomes = list(pool.map(call, range(50)))
    assert fake.logins == 1
    assert all(isinstance(outcome, AuthenticationError) for outcome in outcomes)
    assert outcomes[0] is not None and "wrong-password-123" not in str(outcomes[0])
    assert "renewing the access token failed" in str(outcomes[0])


async def test_a_failed_login_raises_after_a_single_attempt_for_50_tasks(fake: FakeVocelio, url: str) -> None:
    async with AsyncVocelioClient(email=EMAIL, password="wrong-password-123", base_url=url) as vocelio:
        outcomes = await asyncio.gather(
            *(get_current_user.asyncio(client=vocelio) for _ in range(50)), return_exceptions=True
        )
    assert fake.logins == 1
    assert all(isinstance(outcome, AuthenticationError) for outcome in outcomes)


def test_a_static_token_is_sent_as_is_and_never_logs_in(fake: FakeVocelio, url: str) -> None:
    fake.valid_tokens = {"static-token-abc123"}
    with VocelioClient(token="static-token-abc123", base_url=url) as vocelio:
        assert get_current_user.sync(client=vocelio).data.user_id == "user_1"
        fake.valid_tokens.clear()
        with pytest.raises(AuthenticationError):
            get_current_user.sync(client=vocelio)
    assert fake.logins == 0


# --- envelopes and errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "error_class", "status"),
    [
        ("AUTH_003", PermissionDeniedError, 403),
        ("VALIDATION_001", BadRequestError, 400),
        ("VALIDATION_003", BadRequestError, 400),
        ("RESOURCE_001", NotFoundError, 404),
        ("RESOURCE_002", ConflictError, 409),
        ("SERVICE_002", RateLimitError, 429),
        ("SERVICE_001", ServerError, 503),
        ("SYSTEM_001", ServerError, 500),
        ("NEWTHING_009", ServerError, 500),
    ],
)
def test_an_error_envelope_on_http_200_raises_its_typed_error_with_the_code(
    fake: FakeVocelio, url: str, code: str, error_class: type[APIError], status: int
) -> None:
    with login_client(url) as vocelio, pytest.raises(error_class) as caught:
        get_call.sync(client=vocelio, call_id=f"envelope-{code}")
    error = caught.value
    assert error.vendor_code == code
    assert error.status_code == status
    assert f"[{code}] refused in an envelope" in str(error)
    assert "sent with HTTP 200" in str(error)
    assert error.request_id == "req_12345" or error.request_id is None


def test_every_documented_code_has_the_status_the_spec_infers() -> None:
    documented = SPEC["components"]["schemas"]["ErrorCode"]["enum"]
    statuses = {code: status_of_code(code) for code in documented}
    assert set(STATUS_OF_CODE) <= set(documented)
    assert statuses["AUTH_002"] == 401 and statuses["VALIDATION_002"] == 400 and statuses["SYSTEM_003"] == 500


def test_unwrap_gives_typed_data_meta_and_rate_limit(fake: FakeVocelio, url: str) -> None:
    with login_client(url) as vocelio:
        result = unwrap(get_current_user.sync_detailed(client=vocelio))
    assert result.data.user_id == "user_1"
    assert result.meta is not None and result.meta.request_id == "req_12345"
    assert result.rate_limit == RateLimit(limit=1000, remaining=998, reset_at=1642262400.0)
    assert result.pagination is None


def test_unwrap_of_a_list_has_its_pagination(fake: FakeVocelio, url: str) -> None:
    with login_client(url) as vocelio:
        page = unwrap(list_calls.sync_detailed(client=vocelio, page=1, limit=3))
    assert [call.call_id for call in page.data] == ["call_0", "call_1", "call_2"]
    assert page.pagination is not None and page.pagination.has_next is True


# --- rate limits ----------------------------------------------------------------------------------------------


def test_a_429_waits_until_the_rate_limit_reset_then_retries(fake: FakeVocelio, url: str) -> None:
    with login_client(url, retry=RetryPolicy(max_retries=1, max_wait=5.0)) as vocelio:
        started, started_epoch = time.monotonic(), time.time()
        call = get_call.sync(client=vocelio, call_id="limited-1").data
        waited = time.monotonic() - started
    assert call.call_id == "limited-1"
    assert [path for _, path, _ in fake.requests].count("/api/calls/limited-1") == 2
    # The fake sends X-RateLimit-Reset = its whole epoch second + 2, so the reset is at least this far away:
    assert waited >= int(started_epoch) + 2 - started_epoch - 0.05
    assert waited < 5.0


def test_the_wait_for_the_reset_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("talkwire_core._retry.time.sleep", waits.append)
    reset = str(int(time.time()) + 3600)
    answers = [
        httpx.Response(429, json={"success": False, "error": {"code": "SERVICE_002", "message": "slow down"}}),
        httpx.Response(200, json={"success": True, "data": {"call_id": "c1", "status": "queued"}}),
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        response = answers.pop(0)
        response.headers["X-RateLimit-Reset"] = reset
        return response

    with VocelioClient(
        token="static-token-1",
        base_url="https://vocelio.test",
        transport=httpx.MockTransport(answer),
        retry=RetryPolicy(max_retries=1, max_wait=2.5),
    ) as vocelio:
        assert get_call.sync(client=vocelio, call_id="c1").data.call_id == "c1"
    assert waits == [2.5]


def test_rate_limit_headers_are_exposed_on_the_error(fake: FakeVocelio, url: str) -> None:
    with login_client(url) as vocelio, pytest.raises(RateLimitError) as caught:
        get_call.sync(client=vocelio, call_id="limited-2")
    error = caught.value
    assert error.vendor_code == "SERVICE_002"
    limit = RateLimit.from_headers(error.rate_limit)
    assert limit is not None and limit.limit == 1000 and limit.remaining == 0
    assert error.retry_after is not None and 0 < error.retry_after <= 2


# --- paging -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "kind", "key"),
    [(list_calls, "calls", "call_id"), (list_campaigns, "campaigns", "campaign_id"), (list_users, "users", "user_id")],
)
def test_paging_walks_every_page_and_stops(fake: FakeVocelio, url: str, operation: Any, kind: str, key: str) -> None:
    with login_client(url) as vocelio:
        items = list(vocelio.paginate(operation, limit=3))
    assert len(items) == ITEMS_PER_LIST
    assert len({getattr(item, key) for item in items}) == ITEMS_PER_LIST
    assert fake.pages_served == [(kind, 1), (kind, 2), (kind, 3)]


async def test_async_paging_walks_every_page_and_stops(fake: FakeVocelio, url: str) -> None:
    async with AsyncVocelioClient(email=EMAIL, password=PASSWORD, base_url=url) as vocelio:
        ids = [call.call_id async for call in vocelio.apaginate(list_calls, limit=3)]
    assert ids == [f"call_{n}" for n in range(ITEMS_PER_LIST)]
    assert fake.pages_served == [("calls", 1), ("calls", 2), ("calls", 3)]


# --- uploads ----------------------------------------------------------------------------------------------------


def parts_of(content_type: str, body: bytes) -> dict[str, EmailMessage]:
    """The multipart body parsed by the standard library's MIME parser (independent of httpx)."""
    message = BytesParser(policy=policy.HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    assert isinstance(message, EmailMessage) and message.is_multipart()
    parts: dict[str, EmailMessage] = {}
    for part in message.iter_parts():
        assert isinstance(part, EmailMessage)
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        parts[name] = part
    return parts


AUDIO = b"ID3\x04\x00" + bytes(range(256)) * 40
CSV = b"phone_number,full_name\n+15551234567,Ada Lovelace\n+15557654321,Alan Turing\n"


@pytest.mark.parametrize("source_kind", ["path", "bytes", "file object"])
def test_clone_voice_sends_the_declared_parts(fake: FakeVocelio, url: str, tmp_path: Path, source_kind: str) -> None:
    sample = tmp_path / "sarah.mp3"
    sample.write_bytes(AUDIO)
    with login_client(url) as vocelio:
        if source_kind == "path":
            body = clone_voice_request(sample, voice_name="Sarah", description="warm")
        elif source_kind == "bytes":
            body = clone_voice_request(AUDIO, voice_name="Sarah", description="warm", content_type="audio/mpeg")
        else:
            body = clone_voice_request(sample.open("rb"), voice_name="Sarah", description="warm")
        voice = clone_voice.sync(client=vocelio, body=body).data
    assert voice.voice_id == "cloned_voice_1"
    path, content_type, raw = fake.uploads[0]
    assert path == "/api/voice/clone" and content_type.startswith("multipart/form-data")
    parts = parts_of(content_type, raw)
    assert set(parts) == {"audio_file", "voice_name", "description"}
    audio = parts["audio_file"]
    assert audio.get_content_type() == "audio/mpeg"
    assert audio.get_filename() == ("upload.mp3" if source_kind == "bytes" else "sarah.mp3")
    assert audio.get_payload(decode=True) == AUDIO
    assert parts["voice_name"].get_payload(decode=True) == b"Sarah"


def test_a_file_that_contains_a_fixed_boundary_arrives_intact(fake: FakeVocelio, url: str) -> None:
    # The stock generator pins the boundary to `+++`; a body containing it would be cut short. Ours lets httpx
    # pick a random boundary.
    tricky = AUDIO + b'\r\n--+++\r\nContent-Disposition: form-data; name="voice_name"\r\n\r\nEvil\r\n--+++--\r\n'
    with login_client(url) as vocelio:
        body = clone_voice_request(tricky, voice_name="Sarah", content_type="audio/mpeg")
        clone_voice.sync(client=vocelio, body=body)
    _, content_type, raw = fake.uploads[0]
    assert "boundary=+++" not in content_type
    parts = parts_of(content_type, raw)
    assert parts["audio_file"].get_payload(decode=True) == tricky
    assert parts["voice_name"].get_payload(decode=True) == b"Sarah"


@pytest.mark.parametrize("source_kind", ["path", "bytes", "file object"])
def test_upload_leads_sends_csv_and_json_mapping(fake: FakeVocelio, url: str, tmp_path: Path, source_kind: str) -> None:
    leads = tmp_path / "march.csv"
    leads.write_bytes(CSV)
    source: Any = {"path": leads, "bytes": CSV, "file object": io.BytesIO(CSV)}[source_kind]
    with login_client(url) as vocelio:
        body = upload_leads_request(source, mapping={"phone": "phone_number", "name": "full_name"})
        result = upload_leads.sync("campaign_1", client=vocelio, body=body).data
    assert result.import_id == "import_1"
    path, content_type, raw = fake.uploads[0]
    assert path == "/api/campaigns/campaign_1/leads"
    parts = parts_of(content_type, raw)
    assert parts["file"].get_content_type() == "text/csv"
    assert parts["file"].get_filename() == ("march.csv" if source_kind == "path" else "leads.csv")
    assert parts["file"].get_payload(decode=True) == CSV
    assert parts["mapping"].get_content_type() == "application/json"
    mapping = parts["mapping"].get_payload(decode=True)
    assert isinstance(mapping, bytes) and json.loads(mapping) == {"phone": "phone_number", "name": "full_name"}


def test_the_declared_part_types_are_the_spec_encodings() -> None:
    for operation, path in (
        ("clone_voice", "/api/voice/clone"),
        ("upload_leads", "/api/campaigns/{campaign_id}/leads"),
    ):
        encoding = SPEC["paths"][path]["post"]["requestBody"]["content"]["multipart/form-data"]["encoding"]
        assert {name: spec["contentType"] for name, spec in encoding.items()} == DECLARED_PART_TYPES[operation]


class CountingReader(io.BytesIO):
    """A file object that records the size of every read, to show the upload is streamed in chunks."""

    def __init__(self, content: bytes) -> None:
        super().__init__(content)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.reads.append(len(chunk))
        return chunk


def open_paths() -> set[str]:
    fds = Path("/proc/self/fd")
    return {os.path.realpath(fds / fd) for fd in os.listdir(fds)} if fds.exists() else set()


def test_uploads_are_streamed_in_chunks_rewound_for_a_retry_and_leave_no_file_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talkwire_core._retry.time.sleep", lambda seconds: None)
    big = bytes(range(256)) * 4096  # 1 MiB
    sample = tmp_path / "long.wav"
    sample.write_bytes(big)
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        if len(bodies) == 1:
            return httpx.Response(429, json={"success": False, "error": {"code": "SERVICE_002", "message": "wait"}})
        return httpx.Response(200, json={"success": True, "data": {"voice_id": "v1", "status": "training"}})

    reader = CountingReader(big)
    with VocelioClient(
        token="static-token-1",
        base_url="https://vocelio.test",
        transport=httpx.MockTransport(answer),
        retry=RetryPolicy(max_retries=1, backoff_factor=0.0),
    ) as vocelio:
        clone_voice.sync(client=vocelio, body=clone_voice_request(reader, voice_name="x", content_type="audio/wav"))
        assert 0 < max(reader.reads) <= 64 * 1024 < len(big)
        bodies.clear()
        clone_voice.sync(client=vocelio, body=clone_voice_request(sample, voice_name="x"))
    assert len(bodies) == 2 and bodies[0] == bodies[1] and big in bodies[1]  # the retry re-sent the whole file
    assert str(sample.resolve()) not in open_paths()


def test_upload_sources_are_checked_up_front(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pass content_type="):
        clone_voice_request(AUDIO, voice_name="x")
    with pytest.raises(ValueError, match="not the 'audio/\\*' the spec declares"):
        clone_voice_request(AUDIO, voice_name="x", content_type="text/plain")
    with pytest.raises(TypeError, match="binary mode"):
        upload_leads_request(io.StringIO("a,b\n"))  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        upload_leads_request(tmp_path / "missing.csv")


# --- secrets ----------------------------------------------------------------------------------------------------


def test_password_and_tokens_never_surface_in_logs_reprs_or_errors(
    fake: FakeVocelio, url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    surfaced: list[str] = []
    with login_client(url) as vocelio:
        get_current_user.sync(client=vocelio)
        surfaced += [repr(vocelio), repr(vocelio.auth_flow), repr(vocelio.auth_flow.token)]  # type: ignore[attr-defined]
        with pytest.raises(NotFoundError) as not_found:
            get_call.sync(client=vocelio, call_id="envelope-RESOURCE_001")
        surfaced += [str(not_found.value), repr(not_found.value), not_found.value.body_excerpt]
    fake.expired_reply = "200"
    with login_client(url, password=PASSWORD + "-wrong") as vocelio, pytest.raises(AuthenticationError) as refused:
        get_current_user.sync(client=vocelio)
    surfaced += [str(refused.value), repr(refused.value), refused.value.body_excerpt, repr(vocelio.auth_flow)]
    assert "invalid credentials" in refused.value.body_excerpt  # the fake echoed the password back...
    text = caplog.text + "\n".join(surfaced)
    assert "HTTP Request: POST" in caplog.text  # httpx's own request log was captured
    assert PASSWORD not in text  # ...and it is masked everywhere
    assert TOKEN_CANARY not in text


def test_calling_login_yourself_does_not_log_in_first_or_again_on_its_401(fake: FakeVocelio, url: str) -> None:
    from talkwire_vocelio_api.api.auth import login
    from talkwire_vocelio_api.models import LoginRequest

    with login_client(url) as vocelio:
        with pytest.raises(AuthenticationError):
            login.sync(client=vocelio, body=LoginRequest(email=EMAIL, password="wrong-password"))
        assert fake.logins == 1  # only the caller's own login went out
        result = login.sync(client=vocelio, body=LoginRequest(email=EMAIL, password=PASSWORD))
    assert result.data.expires_in == fake.expires_in
    assert fake.logins == 2

"""Retries: idempotent calls retry on transient failures, POST does not repeat work, server waits are honoured."""

from __future__ import annotations

import httpx
import pytest
from talkwire_core import RetryPolicy, ServerError
from talkwire_core._retry import _TalkwireRetry

from tests.support.clients import core_async_client, core_client


class Script:
    """A mock transport answering with the given responses in order, recording every request."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.responses.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def make_client(script: Script, policy: RetryPolicy | None = None) -> httpx.Client:
    return core_client(
        transport=httpx.MockTransport(script),
        retry=policy or RetryPolicy(backoff_factor=0.0),
    )


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr("talkwire_core._retry.time.sleep", waits.append)
    return waits


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(status: int, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(status), httpx.Response(200, json={"ok": 1}))
    with make_client(script) as client:
        assert client.get("/x").json() == {"ok": 1}
    assert len(script.requests) == 2


def test_get_gives_up_after_max_retries(no_sleep: list[float]) -> None:
    script = Script(*(httpx.Response(503) for _ in range(3)))
    with make_client(script) as client, pytest.raises(ServerError):
        client.get("/x")
    assert len(script.requests) == 3  # the call and 2 retries


def test_connect_errors_are_retried(no_sleep: list[float]) -> None:
    request = httpx.Request("GET", "https://vendor.test/x")
    script = Script(httpx.ConnectError("refused", request=request), httpx.Response(200))
    with make_client(script) as client:
        assert client.get("/x").status_code == 200
    assert len(script.requests) == 2


def test_post_is_not_retried_on_503(no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    with make_client(script) as client, pytest.raises(ServerError):
        client.post("/calls", json={"to": "+1"})
    assert len(script.requests) == 1


def test_post_is_retried_when_the_caller_says_it_is_safe(no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), httpx.Response(201))
    with make_client(script, RetryPolicy(backoff_factor=0.0, retry_unsafe_on_server_error=True)) as client:
        assert client.post("/calls", json={}).status_code == 201
    assert len(script.requests) == 2


def test_post_is_retried_when_it_never_left(no_sleep: list[float]) -> None:
    request = httpx.Request("POST", "https://vendor.test/calls")
    script = Script(httpx.ConnectError("refused", request=request), httpx.Response(201))
    with make_client(script) as client:
        assert client.post("/calls", json={}).status_code == 201


def test_post_is_not_retried_after_a_read_timeout(no_sleep: list[float]) -> None:
    from talkwire_core import APITimeoutError

    request = httpx.Request("POST", "https://vendor.test/calls")
    script = Script(httpx.ReadTimeout("slow", request=request), httpx.Response(201))
    with make_client(script) as client, pytest.raises(APITimeoutError):
        client.post("/calls", json={})
    assert len(script.requests) == 1


def test_retry_after_header_is_honoured(no_sleep: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200))
    with make_client(script) as client:
        client.get("/x")
    assert no_sleep == [3.0]


def test_retry_after_is_capped(no_sleep: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200))
    with make_client(script, RetryPolicy(backoff_factor=0.0, max_wait=10.0)) as client:
        client.get("/x")
    assert no_sleep == [10.0]


def test_retry_after_from_json_body_and_rate_limit_reset(no_sleep: list[float]) -> None:
    script = Script(
        httpx.Response(429, json={"statusCode": 429, "message": "slow", "retryAfter": 4}),
        httpx.Response(429, headers={"X-RateLimit-Reset": "2"}),
        httpx.Response(200),
    )
    with make_client(script) as client:
        client.get("/x")
    assert no_sleep == [4.0, 2.0]


def test_retries_off(no_sleep: list[float]) -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    with make_client(script, RetryPolicy(max_retries=0)) as client, pytest.raises(ServerError):
        client.get("/x")
    assert len(script.requests) == 1


def test_backoff_is_exponential_with_jitter() -> None:
    retry = _TalkwireRetry(total=5, backoff_factor=1.0, max_backoff_wait=100.0)
    waits = []
    for _ in range(4):
        retry = retry.increment()
        waits.append(retry.wait_seconds(Exception("x")))
    for attempt, wait in enumerate(waits, start=1):
        assert 0.0 <= wait <= 2.0**attempt


async def test_async_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("talkwire_core._retry.asyncio.sleep", fake_sleep)
    script = Script(httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200))
    async with core_async_client(transport=httpx.MockTransport(script)) as client:
        assert (await client.get("/x")).status_code == 200
    assert waits == [2.0]

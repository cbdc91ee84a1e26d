"""The vendor's body checks: errors reported in the body of a 2xx get the status their body implies, before retries,
auth and the typed check; the vendor declares the rule (`Vendor(implied_status=...)`)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from talkwire_core import WIRE_STATUS, AuthenticationError, RateLimitError, RetryPolicy, wire_status_of

from tests.support.clients import bare_vendor, core_async_client, core_client


def implied(body: Any) -> int | None:
    if isinstance(body, dict) and body.get("ok") is False:
        return int(body["status"])
    return None


# A vendor that reports errors as `{"ok": false, "status": N}` in 2xx bodies.
ENVELOPE_VENDOR = bare_vendor(implied_status=implied)


def client_answering(*responses: httpx.Response, retry: RetryPolicy | None = None) -> tuple[httpx.Client, list[int]]:
    queue = list(responses)
    seen: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return queue.pop(0)

    client = core_client(
        vendor=ENVELOPE_VENDOR, transport=httpx.MockTransport(answer), retry=retry or RetryPolicy(max_retries=0)
    )
    return client, seen


def test_a_success_body_passes_untouched() -> None:
    client, _ = client_answering(httpx.Response(200, json={"ok": True}))
    with client:
        response = client.get("/x")
    assert response.status_code == 200
    assert WIRE_STATUS not in response.extensions
    assert wire_status_of(response) == 200


def test_an_error_body_on_200_raises_the_implied_typed_error_and_says_so() -> None:
    client, _ = client_answering(httpx.Response(200, json={"ok": False, "status": 401, "code": "E1"}))
    with client, pytest.raises(AuthenticationError) as caught:
        client.get("/x")
    assert caught.value.status_code == 401
    assert caught.value.response is not None and wire_status_of(caught.value.response) == 200
    assert "sent with HTTP 200" in str(caught.value)


def test_an_implied_429_is_retried_like_a_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("talkwire_core._retry.time.sleep", lambda seconds: None)
    client, seen = client_answering(
        httpx.Response(200, json={"ok": False, "status": 429}),
        httpx.Response(200, json={"ok": True}),
        retry=RetryPolicy(max_retries=1, backoff_factor=0.0),
    )
    with client:
        assert client.get("/x").json() == {"ok": True}
    assert len(seen) == 2


def test_implied_429_raises_rate_limit_error_when_retries_run_out() -> None:
    client, _ = client_answering(httpx.Response(200, json={"ok": False, "status": 429}))
    with client, pytest.raises(RateLimitError):
        client.get("/x")


def test_non_json_and_error_statuses_are_not_inspected() -> None:
    client, _ = client_answering(
        httpx.Response(200, content=b'{"ok": false, "status": 401}', headers={"content-type": "text/plain"})
    )
    with client:
        assert client.get("/x").status_code == 200


async def test_the_async_side_applies_the_same_rule() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": False, "status": 401})

    client = core_async_client(
        vendor=ENVELOPE_VENDOR, transport=httpx.MockTransport(answer), retry=RetryPolicy(max_retries=0)
    )
    async with client:
        with pytest.raises(AuthenticationError):
            await client.get("/x")

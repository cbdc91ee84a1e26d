"""Secrets never reach log records, error messages or reprs."""

from __future__ import annotations

import logging

import httpx
import pytest
from talkwire_core import APIError, RetryPolicy, redact, register_secret
from talkwire_core._redact import MASK

from tests.support.clients import core_client

CANARY = "canary-secret-4f9d2a7e"


def test_registered_values_are_masked_anywhere() -> None:
    register_secret(CANARY)
    assert CANARY not in redact(f"token is {CANARY}, again {CANARY}!")
    assert redact(f"x{CANARY}y") == f"x{MASK}y"


@pytest.mark.parametrize(
    "text",
    [
        "https://api.test/v2/x?token=abcdef123&page=2",
        "https://api.test/refresh?client_secret=s3cr3tvalue",
        '{"password": "hunter22", "email": "a@b.c"}',
        '{"refresh_token": "rt-123456"}',
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig",
        "headers={'authorization': 'Bearer abcdefghijkl'}",
    ],
)
def test_secret_carriers_are_masked_even_unregistered(text: str) -> None:
    masked = redact(text)
    for secret in ("abcdef123", "s3cr3tvalue", "hunter22", "rt-123456", "eyJhbGciOiJIUzI1NiJ9", "abcdefghijkl"):
        assert secret not in masked
    assert MASK in masked


def test_ordinary_text_is_left_alone() -> None:
    text = "GET https://api.test/v2/calls?page=2&limit=50 200 OK"
    assert redact(text) == text


def test_httpx_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    register_secret(CANARY)
    client = core_client(
        base_url="https://api.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )
    with caplog.at_level(logging.DEBUG), client:
        client.get("/x", params={"token": CANARY})
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    assert all(CANARY not in record.getMessage() for record in caplog.records)


def test_errors_do_not_carry_the_secret() -> None:
    register_secret(CANARY)
    client = core_client(
        base_url="https://api.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(401, json={"message": f"bad token {CANARY}"})),
        retry=RetryPolicy(max_retries=0),
    )
    with client, pytest.raises(APIError) as info:
        client.get("/x", params={"token": CANARY})
    error = info.value
    for text in (str(error), repr(error), error.url, error.body_excerpt, error.vendor_message or ""):
        assert CANARY not in text

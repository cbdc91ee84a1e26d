"""StaticBearerAuth sends the token as a bearer header and never shows it."""

from __future__ import annotations

import httpx
import pytest
from talkwire_core import StaticBearerAuth, redact

CANARY = "static-bearer-canary-51f0"


def test_sends_the_token_as_a_bearer_header() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(204)

    with httpx.Client(auth=StaticBearerAuth(CANARY), transport=httpx.MockTransport(record)) as client:
        client.get("https://vendor.test/x")
        client.get("https://vendor.test/y")
    assert seen == [f"Bearer {CANARY}"] * 2


def test_the_token_is_registered_for_redaction_and_hidden_in_the_repr() -> None:
    auth = StaticBearerAuth(CANARY)
    assert CANARY not in repr(auth)
    assert redact(f"failed with {CANARY}") == "failed with ***"


@pytest.mark.parametrize("token", ["", "   ", "abc-token\n", " abc-token"])
def test_empty_or_padded_tokens_are_refused_without_echoing_them(token: str) -> None:
    with pytest.raises(ValueError, match="Acme") as info:
        StaticBearerAuth(token, vendor="Acme")
    if token.strip():
        assert token.strip() not in str(info.value)

"""Webhook verification refuses hostile or misconfigured input with a WebhookVerificationError saying why: a
timestamp that is not a finite time, a secret that is None or bytes; it redacts an error's detail before cutting
it; and it stays what the issue verified: constant-time comparison, and a 50 MB body handled.

Signatures are computed with hmac/hashlib, not with the code under test. Dstny's scheme (timestamped) is the one
that reads a timestamp.
"""

from __future__ import annotations

import hashlib
import hmac
import pickle
import secrets
import traceback
from typing import Any

import pytest
from talkwire_core import WebhookVerificationError, register_secret
from talkwire_core.webhooks import SignatureScheme, VendorWebhooks, body_only, verify
from talkwire_dstny import webhooks as dstny_webhooks

SECRET = "whsec_input_5e1b9c"
BODY = b'{"event":"conversation.completed"}'
NOW = 1_770_508_800.0


def signature(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def dstny(timestamp: str, secret: Any = SECRET, body: bytes = BODY) -> None:
    headers = {"X-Webhook-Signature": signature(body), "X-Webhook-Timestamp": timestamp}
    dstny_webhooks.verify(headers, body, secret, now=NOW)


@pytest.mark.parametrize("timestamp", ["nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e999", "-1e999"])
def test_a_timestamp_that_is_not_a_finite_time_is_malformed(timestamp: str) -> None:
    with pytest.raises(WebhookVerificationError) as refused:
        dstny(timestamp)
    assert refused.value.reason == "malformed timestamp header"


def test_a_finite_timestamp_still_passes_and_a_stale_one_is_refused() -> None:
    dstny(str(int(NOW)))
    dstny("2026-02-08T00:00:00Z")
    with pytest.raises(WebhookVerificationError, match="stale timestamp"):
        dstny(str(int(NOW - 3600)))


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        (None, "no webhook secret configured"),
        ("", "no webhook secret configured"),
        ([], "no webhook secret configured"),
        ([SECRET, None], "no webhook secret configured"),
        (SECRET.encode(), "webhook secret is not a str"),
        ([SECRET.encode()], "webhook secret is not a str"),
        (12345, "webhook secret is not a str"),
    ],
    ids=["None", "empty", "no secrets", "None among them", "bytes", "bytes among them", "a number"],
)
def test_a_missing_or_mistyped_secret_is_a_verification_error(secret: Any, reason: str) -> None:
    with pytest.raises(WebhookVerificationError) as refused:
        dstny(str(int(NOW)), secret=secret)
    assert refused.value.reason == reason


@pytest.mark.parametrize("secret", [None, b"bytes-secret", ""])
def test_signing_with_a_missing_or_mistyped_secret_is_a_clear_value_error(secret: Any) -> None:
    with pytest.raises(ValueError, match="a webhook secret must be a non-empty str"):
        dstny_webhooks.signed_headers(BODY, secret)


def test_a_scheme_with_nowhere_to_carry_the_signature_is_refused_when_declared() -> None:
    with pytest.raises(ValueError, match="needs a signature_header, a signature_field, or both"):
        SignatureScheme()


def test_an_error_detail_is_redacted_whole_before_it_is_cut() -> None:
    canary = f"webhook-detail-canary-{secrets.token_hex(12)}"
    register_secret(canary)
    scheme = SignatureScheme(signature_header="X-Sig")
    for padding in range(270, 310):  # the secret straddles the 300-character cut somewhere in this range

        def parse(raw: bytes, padding: int = padding) -> Any:
            raise ValueError("x" * padding + canary + " and the rest of the parser's message")

        with pytest.raises(WebhookVerificationError) as refused:
            VendorWebhooks("test", scheme, parse).verify_and_parse({"X-Sig": signature(BODY)}, BODY, SECRET)
        error = refused.value
        assert len(error.detail) <= 303 and error.detail.startswith("x" * 10)
        for surface in (str(error), repr(error), repr(error.args), error.detail, pickle.dumps(error).decode("latin-1")):
            assert canary[:8] not in surface, (padding, surface[-60:])


def test_a_payload_error_leaves_the_parser_out_of_the_chain() -> None:
    canary = f"payload-canary-{secrets.token_hex(12)}"
    register_secret(canary)
    scheme = SignatureScheme(signature_header="X-Sig", signed_content=body_only)
    webhooks = VendorWebhooks("test", scheme, lambda raw: int(raw))  # ValueError quoting the payload
    body = canary.encode()
    with pytest.raises(WebhookVerificationError) as refused:
        webhooks.verify_and_parse({"X-Sig": signature(body)}, body, SECRET)
    error = refused.value
    assert error.__cause__ is None and error.__context__ is None
    assert canary[:8] not in "".join(traceback.format_exception(error))


def test_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def recording(a: str, b: str) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", recording)
    scheme = SignatureScheme(signature_header="X-Sig")
    verify({"X-Sig": signature(BODY)}, BODY, ["old-secret-123", SECRET], scheme)
    assert len(compared) == 2 and compared[-1][1] == signature(BODY).removeprefix("sha256=")


@pytest.mark.slow
def test_a_50_mb_body_is_verified_and_a_change_at_its_end_is_caught() -> None:
    body = b'{"event":"x","blob":"' + b"a" * (50 * 1024 * 1024) + b'"}'
    scheme = SignatureScheme(signature_header="X-Sig")
    verify({"X-Sig": signature(body)}, body, SECRET, scheme)
    with pytest.raises(WebhookVerificationError, match="signature mismatch"):
        verify({"X-Sig": signature(body)}, body[:-3] + b'b"}', SECRET, scheme)

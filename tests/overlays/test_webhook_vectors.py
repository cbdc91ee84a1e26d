"""Webhook verification vectors for talkwire_core.webhooks and the Dstny and diga schemes.

Every signature here is computed in the test with hmac/hashlib, independently of the code under test, from what
the specs say the vendors send. Vectors: valid, tampered body, wrong secret, stale timestamp, missing header,
malformed header, rotated secret; plus a property: any change to the body fails verification.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from talkwire_core import WebhookVerificationError
from talkwire_core.webhooks import SignatureScheme, timestamp_dot_body, verify
from talkwire_diga import webhooks as diga_webhooks
from talkwire_dstny import webhooks as dstny_webhooks
from talkwire_dstny_api.webhook_events import ConversationCompletedEvent

SECRET = "whsec_current_3f9a0c"
OLD_SECRET = "whsec_previous_81b2d4"
NOW = 1_770_508_800.0  # 2026-02-08T00:00:00Z, the spec example's delivery time

DSTNY_BODY = json.dumps(
    {
        "event": "conversation.completed",
        "timestamp": "2026-02-08T00:00:00.000Z",
        "data": {
            "conversation": {
                "id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                "title": "Discovery call — Acme",
                "company": "Acme",
                "date": "2026-02-07T09:00:00.000Z",
                "duration": 1800,
                "medium": "call",
                "summary": "Summary text",
                "participants": [{"name": "Anna", "email": "anna@acme.test", "role": "customer"}],
            }
        },
        "_meta": {"token_prefix": "mt_ab12cd34", "delivery_id": "0f8fad5b-d9cb-469f-a165-70867728950e"},
    },
    ensure_ascii=False,
).encode()
DIGA_BODY = b'{"event":"status_changed","call_id":"5b6c1a8e-0000-4000-8000-000000000001","status":"completed"}'


def hmac_hex(secret: str, content: bytes) -> str:
    return hmac.new(secret.encode(), content, hashlib.sha256).hexdigest()


def dstny_headers(body: bytes, secret: str = SECRET, timestamp: float = NOW) -> dict[str, str]:
    """What the spec says Dstny sends: sha256=<hex HMAC of the raw body>, and a unix timestamp not signed."""
    return {
        "X-Webhook-Signature": f"sha256={hmac_hex(secret, body)}",
        "X-Webhook-Timestamp": str(int(timestamp)),
        "X-Webhook-Event": "conversation.completed",
        "X-Webhook-Delivery-Id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "Content-Type": "application/json",
    }


def diga_headers(body: bytes, secret: str = SECRET) -> dict[str, str]:
    """talkwire's chosen diga scheme: hex HMAC-SHA256 of the raw body in Diga-Signature."""
    return {"Diga-Signature": hmac_hex(secret, body), "Content-Type": "application/json"}


def rejected(call: Callable[[], Any]) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        call()
    return info.value.reason


# --- Dstny ---------------------------------------------------------------------------------------------------------


def dstny(headers: dict[str, str], body: bytes = DSTNY_BODY, secret: Any = SECRET, **options: Any) -> Any:
    return dstny_webhooks.verify_and_parse(headers, body, secret, now=options.pop("now", NOW), **options)


def test_dstny_valid_delivery_gives_the_typed_event() -> None:
    event = dstny(dstny_headers(DSTNY_BODY))
    assert isinstance(event, ConversationCompletedEvent)
    assert event.data.conversation.title == "Discovery call — Acme"
    assert event.data.conversation.duration == 1800
    assert str(event.field_meta.delivery_id) == "0f8fad5b-d9cb-469f-a165-70867728950e"


def test_dstny_header_names_are_case_insensitive() -> None:
    headers = {name.lower(): value for name, value in dstny_headers(DSTNY_BODY).items()}
    assert dstny(headers).event.root == "conversation.completed"


def test_dstny_tampered_body() -> None:
    tampered = DSTNY_BODY.replace(b"1800", b"1801")
    assert rejected(lambda: dstny(dstny_headers(DSTNY_BODY), tampered)) == "signature mismatch"


def test_dstny_wrong_secret() -> None:
    assert rejected(lambda: dstny(dstny_headers(DSTNY_BODY, secret="whsec_someone_else"))) == "signature mismatch"


@pytest.mark.parametrize("age", [301, -301, 86_400])
def test_dstny_stale_or_future_timestamp(age: float) -> None:
    headers = dstny_headers(DSTNY_BODY, timestamp=NOW - age)
    assert rejected(lambda: dstny(headers)) == "stale timestamp"


def test_dstny_timestamp_inside_the_default_five_minutes_passes() -> None:
    assert dstny(dstny_headers(DSTNY_BODY, timestamp=NOW - 299)).event.root == "conversation.completed"


def test_dstny_tolerance_is_configurable() -> None:
    headers = dstny_headers(DSTNY_BODY, timestamp=NOW - 120)
    assert rejected(lambda: dstny(headers, tolerance_seconds=60)) == "stale timestamp"
    assert dstny(headers, tolerance_seconds=600).event.root == "conversation.completed"


def test_dstny_real_clock_is_used_by_default() -> None:
    headers = dstny_headers(DSTNY_BODY, timestamp=time.time())
    assert dstny_webhooks.verify_and_parse(headers, DSTNY_BODY, SECRET).event.root == "conversation.completed"
    old = dstny_headers(DSTNY_BODY, timestamp=time.time() - 3600)
    assert rejected(lambda: dstny_webhooks.verify_and_parse(old, DSTNY_BODY, SECRET)) == "stale timestamp"


@pytest.mark.parametrize(
    ("missing", "reason"),
    [("X-Webhook-Signature", "missing signature header"), ("X-Webhook-Timestamp", "missing timestamp header")],
)
def test_dstny_missing_header(missing: str, reason: str) -> None:
    headers = dstny_headers(DSTNY_BODY)
    del headers[missing]
    assert rejected(lambda: dstny(headers)) == reason


@pytest.mark.parametrize(
    "signature",
    [
        "",
        "3f0c1b1a",  # no prefix, too short
        "sha1=" + "a" * 40,
        "sha256=" + "a" * 63,
        "sha256=" + "a" * 65,
        hmac_hex(SECRET, DSTNY_BODY),  # the right digest without its `sha256=` prefix
    ],
)
def test_dstny_malformed_signature_header(signature: str) -> None:
    headers = dstny_headers(DSTNY_BODY) | {"X-Webhook-Signature": signature}
    assert rejected(lambda: dstny(headers)) == "malformed signature header"


def test_dstny_malformed_timestamp_header() -> None:
    headers = dstny_headers(DSTNY_BODY) | {"X-Webhook-Timestamp": "yesterday"}
    assert rejected(lambda: dstny(headers)) == "malformed timestamp header"


def test_dstny_rotated_secret() -> None:
    signed_with_old = dstny_headers(DSTNY_BODY, secret=OLD_SECRET)
    signed_with_new = dstny_headers(DSTNY_BODY, secret=SECRET)
    # During rotation both secrets verify.
    assert dstny(signed_with_old, secret=[SECRET, OLD_SECRET]).event.root == "conversation.completed"
    assert dstny(signed_with_new, secret=[SECRET, OLD_SECRET]).event.root == "conversation.completed"
    # Once the old secret is dropped, deliveries signed with it fail.
    assert rejected(lambda: dstny(signed_with_old, secret=[SECRET])) == "signature mismatch"


def test_dstny_no_secret_configured() -> None:
    assert rejected(lambda: dstny(dstny_headers(DSTNY_BODY), secret=[])) == "no webhook secret configured"
    assert rejected(lambda: dstny(dstny_headers(DSTNY_BODY), secret="")) == "no webhook secret configured"


def test_dstny_authentic_body_that_does_not_fit_the_event() -> None:
    body = b'{"event": "conversation.completed", "data": {}}'
    assert rejected(lambda: dstny(dstny_headers(body), body)) == "payload does not fit the event schema"


def test_dstny_errors_never_show_the_secret_or_signature() -> None:
    headers = dstny_headers(DSTNY_BODY, secret="whsec_someone_else")
    with pytest.raises(WebhookVerificationError) as info:
        dstny(headers)
    assert SECRET not in str(info.value)
    assert headers["X-Webhook-Signature"] not in str(info.value)


# --- diga ----------------------------------------------------------------------------------------------------------


def diga(headers: dict[str, str], body: bytes = DIGA_BODY, secret: Any = SECRET) -> Any:
    return diga_webhooks.verify_and_parse(headers, body, secret)


def test_diga_valid_delivery_gives_the_typed_event_with_every_key_kept() -> None:
    event = diga(diga_headers(DIGA_BODY))
    assert isinstance(event, diga_webhooks.WebhookStatusChangedEvent)
    assert event.model_extra == {
        "event": "status_changed",
        "call_id": "5b6c1a8e-0000-4000-8000-000000000001",
        "status": "completed",
    }


@pytest.mark.parametrize("spelling", [str.upper, lambda digest: f"sha256={digest}", lambda digest: f" {digest} "])
def test_diga_tolerated_spellings_of_the_signature(spelling: Callable[[str], str]) -> None:
    headers = {"diga-signature": spelling(hmac_hex(SECRET, DIGA_BODY))}
    assert diga(headers).model_extra["status"] == "completed"


def test_diga_tampered_body() -> None:
    assert rejected(lambda: diga(diga_headers(DIGA_BODY), DIGA_BODY.replace(b"completed", b"failed"))) == (
        "signature mismatch"
    )


def test_diga_wrong_secret() -> None:
    assert rejected(lambda: diga(diga_headers(DIGA_BODY, secret="another-secret"))) == "signature mismatch"


def test_diga_missing_header() -> None:
    assert rejected(lambda: diga({"Content-Type": "application/json"})) == "missing signature header"


@pytest.mark.parametrize("signature", ["", "not-hex", "sha256=" + "0" * 10, "sha512=" + "0" * 64, "0" * 128])
def test_diga_malformed_header(signature: str) -> None:
    assert rejected(lambda: diga({"Diga-Signature": signature})) == "malformed signature header"


def test_diga_rotated_secret() -> None:
    signed_with_old = diga_headers(DIGA_BODY, secret=OLD_SECRET)
    assert diga(signed_with_old, secret=[SECRET, OLD_SECRET]).model_extra["status"] == "completed"
    assert rejected(lambda: diga(signed_with_old, secret=SECRET)) == "signature mismatch"


def test_diga_has_no_timestamp_so_an_old_delivery_still_verifies() -> None:
    # Documented limitation of the chosen scheme: nothing to check a replay against.
    assert diga_webhooks.SCHEME.timestamp_header is None
    assert diga(diga_headers(DIGA_BODY) | {"Date": "Mon, 01 Jan 2024 00:00:00 GMT"}).model_extra["status"]


def test_diga_authentic_body_that_is_not_an_object() -> None:
    body = b"[1, 2, 3]"
    assert rejected(lambda: diga(diga_headers(body), body)) == "payload does not fit the event schema"


def test_diga_scheme_is_documented_in_the_spec() -> None:
    text = Path("specs/diga.yaml").read_text()
    assert "talkwire verifies" in text and "HMAC-SHA256" in text


# --- talkwire_core.webhooks with a timestamp-bound scheme (no vendor of ours uses it yet) -------------------------

BOUND = SignatureScheme(signature_header="X-Sig", timestamp_header="X-Ts", signed_content=timestamp_dot_body)


def bound_headers(body: bytes, timestamp: str, secret: str = SECRET) -> dict[str, str]:
    return {"X-Sig": "sha256=" + hmac_hex(secret, timestamp.encode() + b"." + body), "X-Ts": timestamp}


def test_core_timestamp_bound_scheme() -> None:
    verify(bound_headers(b"{}", str(int(NOW))), b"{}", SECRET, BOUND, now=NOW)
    # Replaying the body with a fresh timestamp breaks the signature, unlike Dstny's body-only scheme.
    replayed = bound_headers(b"{}", str(int(NOW) - 10)) | {"X-Ts": str(int(NOW))}
    assert rejected(lambda: verify(replayed, b"{}", SECRET, BOUND, now=NOW)) == "signature mismatch"
    iso = "2026-02-08T00:00:00Z"
    verify(bound_headers(b"{}", iso), b"{}", SECRET, BOUND, now=NOW)


# --- property: any change to the body fails ------------------------------------------------------------------------


@st.composite
def altered(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with one edit: a byte changed, inserted or removed, or bytes appended or the body truncated."""
    kind = draw(st.sampled_from(["change", "insert", "delete", "append", "truncate"]))
    at = draw(st.integers(0, len(original) - 1))
    if kind == "change":
        new = draw(st.integers(0, 255).filter(lambda value: value != original[at]))
        return original[:at] + bytes([new]) + original[at + 1 :]
    if kind == "insert":
        return original[:at] + draw(st.binary(min_size=1, max_size=4)) + original[at:]
    if kind == "delete":
        return original[:at] + original[at + 1 :]
    if kind == "append":
        return original + draw(st.binary(min_size=1, max_size=8))
    return original[:at]


@settings(max_examples=200, deadline=None)
@given(data=st.data(), original=st.binary(min_size=1, max_size=256))
def test_any_change_to_the_body_fails_verification(data: st.DataObject, original: bytes) -> None:
    changed = data.draw(altered(original))
    assert changed != original
    dstny_signed = dstny_headers(original)
    diga_signed = diga_headers(original)
    verify(dstny_signed, original, SECRET, dstny_webhooks.SCHEME, now=NOW)
    verify(diga_signed, original, SECRET, diga_webhooks.SCHEME)
    for check in (
        lambda: verify(dstny_signed, changed, SECRET, dstny_webhooks.SCHEME, now=NOW),
        lambda: verify(diga_signed, changed, SECRET, diga_webhooks.SCHEME),
        lambda: diga_webhooks.verify_and_parse(diga_signed, changed, SECRET),
    ):
        assert rejected(check) == "signature mismatch"


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_change_to_a_real_dstny_delivery_fails(data: st.DataObject) -> None:
    changed = data.draw(altered(DSTNY_BODY))
    assert rejected(lambda: dstny(dstny_headers(DSTNY_BODY), changed)) == "signature mismatch"


# --- the example receivers, over loopback -------------------------------------------------------------------------


def load_example(name: str) -> ModuleType:
    path = Path("examples/webhooks") / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def running(module: ModuleType, received: list[Any]) -> Iterator[str]:
    server = module.make_server("127.0.0.1", 0, [SECRET, OLD_SECRET], received.append)
    thread = threading.Thread(target=server.serve_forever, name="example-receiver", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_the_dstny_example_receiver_accepts_authentic_deliveries_only() -> None:
    received: list[Any] = []
    with running(load_example("dstny_receiver"), received) as url:
        now = time.time()
        good = httpx.post(url, content=DSTNY_BODY, headers=dstny_headers(DSTNY_BODY, timestamp=now))
        forged = httpx.post(url, content=DSTNY_BODY, headers=dstny_headers(DSTNY_BODY, "nope", timestamp=now))
        rotated = httpx.post(url, content=DSTNY_BODY, headers=dstny_headers(DSTNY_BODY, OLD_SECRET, timestamp=now))
    assert (good.status_code, forged.status_code, rotated.status_code) == (204, 401, 204)
    assert [event.data.conversation.title for event in received] == ["Discovery call — Acme"] * 2


def test_the_diga_example_receiver_accepts_authentic_deliveries_only() -> None:
    received: list[Any] = []
    with running(load_example("diga_receiver"), received) as url:
        good = httpx.post(url, content=DIGA_BODY, headers=diga_headers(DIGA_BODY))
        tampered = httpx.post(url, content=DIGA_BODY + b" ", headers=diga_headers(DIGA_BODY))
    assert (good.status_code, tampered.status_code) == (204, 401)
    assert [event.model_extra["status"] for event in received] == ["completed"]

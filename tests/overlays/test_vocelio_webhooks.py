"""Vocelio's webhook deliveries: the documented form (the payload's `signature` field) is accepted, tampering is
refused, and the inferred header form is accepted too.

Signatures here are computed with hmac, hashlib and json, not with the code under test: the documented form's
content is the payload without its `signature` field as compact JSON (JavaScript's JSON.stringify), the header
form's the exact raw body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from talkwire_core import WebhookVerificationError
from talkwire_vocelio.webhooks import SCHEME, SIGNATURE_FIELD, signed_body, signed_headers, verify_and_parse

ROOT = Path(__file__).parents[2]
SPEC = yaml.safe_load((ROOT / "specs/vocelio.yaml").read_text())
SECRET = "whsec-vocelio-canary-0c7a"
OLD_SECRET = "whsec-vocelio-old-77d2"
# The document's payload example, as documented (pretty-printed, the signature last).
DOCUMENTED: dict[str, Any] = {
    "event": "call.completed",
    "timestamp": "2024-01-15T14:03:30Z",
    "data": {"call_id": "call_12345", "status": "completed", "duration": 205, "disposition": "interested"},
}


def field_signature(payload: dict[str, Any], secret: str) -> str:
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return "sha256=" + hmac.new(secret.encode(), content, hashlib.sha256).hexdigest()


def documented_delivery(payload: dict[str, Any] = DOCUMENTED, secret: str = SECRET, *, indent: int | None = 2) -> bytes:
    """A delivery shaped as Vocelio documents it: JSON, the signature a field of the payload, no signature header."""
    return json.dumps({**payload, "signature": field_signature(payload, secret)}, indent=indent).encode()


def header_signed(body: bytes, secret: str) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Vocelio-Signature": f"sha256={digest}"}


JSON_HEADERS = {"Content-Type": "application/json"}


# --- the documented form -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("indent", [None, 2], ids=["compact", "pretty-printed"])
def test_a_delivery_shaped_as_documented_is_accepted(indent: int | None) -> None:
    event = verify_and_parse(JSON_HEADERS, documented_delivery(indent=indent), SECRET)
    assert event.event.root == "call.completed"
    assert event.data.call_id == "call_12345" and event.data.duration == 205
    assert event.signature is not None and event.signature.startswith("sha256=")


def test_non_ascii_and_key_order_are_signed_as_received() -> None:
    payload = {"data": {"disposition": "intéressé", "call_id": "call_9"}, "event": "call.completed"}
    payload["timestamp"] = "2024-01-15T14:03:30Z"
    assert verify_and_parse(JSON_HEADERS, documented_delivery(payload), SECRET).data.disposition == "intéressé"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda body: body.replace(b"205", b"206"), "signature mismatch"),
        (lambda body: body.replace(b"interested", b"not interested"), "signature mismatch"),
        (lambda body: body.replace(b'"call.completed"', b'"call.failed"'), "signature mismatch"),
        (lambda body: body.replace(b'"signature"', b'"signed"'), "missing signature"),
        (lambda body: body.replace(b"sha256=", b"sha1="), "malformed signature"),
        (lambda body: body[:-10], "missing signature"),
    ],
    ids=["a number", "a string", "the event", "no signature field", "another digest", "truncated JSON"],
)
def test_a_tampered_documented_delivery_is_refused(change: Any, reason: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_and_parse(JSON_HEADERS, change(documented_delivery()), SECRET)
    assert caught.value.reason == reason


def test_an_added_field_is_tampering() -> None:
    payload = json.loads(documented_delivery())
    payload["data"]["refund"] = 1000
    with pytest.raises(WebhookVerificationError, match="signature mismatch"):
        verify_and_parse(JSON_HEADERS, json.dumps(payload).encode(), SECRET)


def test_the_wrong_secret_is_refused_and_rotation_accepts_either() -> None:
    with pytest.raises(WebhookVerificationError, match="signature mismatch"):
        verify_and_parse(JSON_HEADERS, documented_delivery(secret="some-other-secret"), SECRET)
    assert verify_and_parse(JSON_HEADERS, documented_delivery(secret=OLD_SECRET), [SECRET, OLD_SECRET])


def signature_case_folded(document: Any) -> Any:
    """`document` with the hex digits of its signature in lower case (the scheme's `sha256=` prefix kept as sent: the
    event schema requires it spelled so, and a delivery spelling it otherwise is refused)."""
    if isinstance(document, dict) and isinstance(document.get(SIGNATURE_FIELD), str):
        scheme, separator, digits = document[SIGNATURE_FIELD].partition("=")
        return {**document, SIGNATURE_FIELD: scheme + separator + digits.lower()}
    return document


def test_hex_digits_in_either_case_verify_but_a_respelled_scheme_prefix_is_refused() -> None:
    """The case the property below once drew: `Sha256=` passes the signature check (the digits are what is compared)
    but not the event schema, which spells the prefix `sha256=`; the delivery is refused, not parsed."""
    signed = {**DOCUMENTED, "signature": field_signature(DOCUMENTED, SECRET)}
    upper_digits = {**signed, "signature": "sha256=" + signed["signature"].removeprefix("sha256=").upper()}
    assert verify_and_parse(JSON_HEADERS, json.dumps(upper_digits).encode(), SECRET).data.call_id == "call_12345"
    respelled = {**signed, "signature": "Sha256=" + signed["signature"].removeprefix("sha256=")}
    with pytest.raises(WebhookVerificationError):
        verify_and_parse(JSON_HEADERS, json.dumps(respelled).encode(), SECRET)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_change_to_a_documented_delivery_fails(data: st.DataObject) -> None:
    body = documented_delivery(indent=None)
    position = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    byte = data.draw(st.integers(min_value=0, max_value=255).filter(lambda b: b != body[position]))
    changed = body[:position] + bytes([byte]) + body[position + 1 :]
    try:
        same = signature_case_folded(json.loads(changed)) == signature_case_folded(json.loads(body))
    except ValueError:
        same = False
    # A change JSON does not see (whitespace, an escape of the same character) is not tampering, nor is the case of
    # a hex digit of the signature (tolerated by talkwire-core's scheme).
    if same:
        verify_and_parse(JSON_HEADERS, changed, SECRET)
        return
    with pytest.raises(WebhookVerificationError):
        verify_and_parse(JSON_HEADERS, changed, SECRET)


def test_signed_body_builds_the_documented_form() -> None:
    body = signed_body(DOCUMENTED, SECRET)
    assert json.loads(body)[SIGNATURE_FIELD] == field_signature(DOCUMENTED, SECRET)
    assert list(json.loads(body))[-1] == SIGNATURE_FIELD  # last, as in the documented example
    assert verify_and_parse({}, body, SECRET).data.call_id == "call_12345"


# --- the inferred header form --------------------------------------------------------------------------------------

PAYLOAD = json.dumps(DOCUMENTED).encode()


def test_the_header_form_is_accepted_and_header_names_are_case_insensitive() -> None:
    assert verify_and_parse(header_signed(PAYLOAD, SECRET), PAYLOAD, SECRET).data.duration == 205
    lower = {name.lower(): value for name, value in header_signed(PAYLOAD, SECRET).items()}
    assert verify_and_parse(lower, PAYLOAD, SECRET).data.disposition == "interested"
    assert verify_and_parse(signed_headers(PAYLOAD, SECRET), PAYLOAD, SECRET).data.call_id == "call_12345"


def test_a_header_decides_even_when_the_payload_carries_a_field() -> None:
    body = documented_delivery()
    assert verify_and_parse(header_signed(body, SECRET), body, SECRET)
    with pytest.raises(WebhookVerificationError, match="signature mismatch"):
        verify_and_parse(header_signed(body, "some-other-secret"), body, SECRET)  # no fall back to the field


@pytest.mark.parametrize(
    ("headers", "body", "secret", "reason"),
    [
        (header_signed(PAYLOAD, SECRET), PAYLOAD.replace(b"205", b"206"), SECRET, "signature mismatch"),
        (header_signed(PAYLOAD, "some-other-secret"), PAYLOAD, SECRET, "signature mismatch"),
        (JSON_HEADERS, PAYLOAD, SECRET, "missing signature"),
        ({"X-Vocelio-Signature": "5d41402abc4b2a76b9719d911017c592"}, PAYLOAD, SECRET, "malformed signature"),
        ({"X-Vocelio-Signature": "sha1=" + "0" * 40}, PAYLOAD, SECRET, "malformed signature"),
        ({"X-Vocelio-Signature": "sha256=" + "0" * 63}, PAYLOAD, SECRET, "malformed signature"),
        (header_signed(PAYLOAD, SECRET), PAYLOAD, "", "no webhook secret configured"),
    ],
    ids=["tampered body", "wrong secret", "no signature", "no prefix", "sha1", "short digest", "no secret"],
)
def test_bad_header_deliveries_are_refused_saying_why(
    headers: dict[str, str], body: bytes, secret: str, reason: str
) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_and_parse(headers, body, secret)
    assert caught.value.reason == reason
    assert SECRET not in str(caught.value)


def test_a_signed_body_that_is_not_an_event_is_refused_not_crashed() -> None:
    body = b'{"event":"call.completed","data":{}}'
    with pytest.raises(WebhookVerificationError, match="does not fit the event schema"):
        verify_and_parse(header_signed(body, SECRET), body, SECRET)
    with pytest.raises(WebhookVerificationError, match="does not fit the event schema"):
        verify_and_parse(JSON_HEADERS, documented_delivery({"event": "call.completed", "data": {}}), SECRET)


# --- the scheme, the spec and the README say the same ---------------------------------------------------------------


def test_the_scheme_is_what_the_spec_declares() -> None:
    declared = SPEC["components"]["parameters"]["VocelioSignatureHeader"]
    assert SCHEME.signature_header == declared["name"]
    assert SCHEME.signature_field in SPEC["components"]["schemas"]["WebhookEvent"]["properties"]
    assert SCHEME.timestamp_header is None
    tag = next(tag for tag in SPEC["tags"] if tag["name"] == "webhooks")
    for text in (tag["description"], declared["description"]):
        assert "unconfirmed" in text.lower() and "JSON.stringify" in text


def test_the_readme_says_what_is_verified_and_what_is_unconfirmed() -> None:
    readme = (ROOT / "overlays/vocelio/README.md").read_text()
    section = readme[readme.index("## Webhooks") :]
    for needed in ("`signature` field", "X-Vocelio-Signature", "JSON.stringify", "Unconfirmed", "SCHEME"):
        assert needed in section, needed


def test_the_example_receiver_accepts_documented_deliveries_and_refuses_others() -> None:
    import importlib.util
    from http.server import ThreadingHTTPServer

    path = ROOT / "examples/webhooks/vocelio_receiver.py"
    spec = importlib.util.spec_from_file_location("vocelio_receiver", path)
    assert spec is not None and spec.loader is not None
    receiver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(receiver)
    server = ThreadingHTTPServer(("127.0.0.1", 0), receiver.make_handler([SECRET, OLD_SECRET]))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/webhooks/vocelio"
        with httpx.Client() as http:
            documented = documented_delivery(secret=OLD_SECRET)
            assert http.post(base, content=documented, headers=JSON_HEADERS).status_code == 204
            assert http.post(base, content=PAYLOAD, headers=header_signed(PAYLOAD, SECRET)).status_code == 204
            tampered = documented.replace(b"interested", b"not interested")
            assert http.post(base, content=tampered, headers=JSON_HEADERS).status_code == 401
            assert http.post(base, content=PAYLOAD, headers=JSON_HEADERS).status_code == 401
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

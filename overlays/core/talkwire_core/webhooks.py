"""Webhook verification, one implementation for every vendor that signs its deliveries.

A vendor's scheme says where the signature travels (a header, or a top-level field of the JSON payload, or either),
which header (if any) carries a timestamp, and what bytes the HMAC-SHA256 covers; verification then checks, in this
order and with a precise reason on failure: a secret is configured, the signature is present and well formed, the
timestamp (when the vendor sends one) is a finite time within the tolerance, and the signature matches one of the
accepted secrets (several are accepted while a secret is being rotated), compared in constant time.

A signature in a header covers the exact raw body (or the timestamp and the body). A signature inside the payload
cannot cover the bytes that contain it: it covers the payload without that field, written as compact JSON (see
``compact_json``).

A vendor package exposes the same three functions, bound to its scheme and its event model by ``VendorWebhooks``:
``verify``, ``verify_and_parse`` and ``signed_headers`` (the headers of a delivery signed the vendor's way, for
tests and local replays), with the same signatures for every vendor; a vendor that signs inside the payload
(Vocelio) also exposes ``signed_body``, the payload with its signature field filled in.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from talkwire_core.errors import WebhookVerificationError

DEFAULT_TOLERANCE_SECONDS = 300.0
EventT = TypeVar("EventT")


def body_only(raw_body: bytes, timestamp: str | None) -> bytes:
    """The HMAC covers the raw body alone."""
    return raw_body


def timestamp_dot_body(raw_body: bytes, timestamp: str | None) -> bytes:
    """The HMAC covers ``<timestamp>.<raw body>`` (binds the timestamp, so it cannot be replayed with a new one)."""
    return (timestamp or "").encode() + b"." + raw_body


def _js_numbers(value: Any) -> Any:
    """`value` with integral floats as ints, as JavaScript writes numbers (``1.0`` is ``1``)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dict):
        return {key: _js_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_js_numbers(item) for item in value]
    return value


def compact_json(payload: Mapping[str, Any]) -> bytes:
    """`payload` as JavaScript's ``JSON.stringify`` writes it: no spaces, keys in the order received, non-ASCII
    characters as they are, integral numbers without a fraction; UTF-8."""
    return json.dumps(_js_numbers(dict(payload)), separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class SignatureScheme:
    """How one vendor signs its webhook deliveries.

    The signature travels in ``signature_header`` (over ``signed_content`` of the raw body), or in the payload's
    top-level ``signature_field`` (over ``field_signed_content`` of the payload without that field), or either: a
    delivery with the header is verified by the header, one without it by the field.
    """

    signature_header: str | None = None
    prefix: str = "sha256="
    timestamp_header: str | None = None
    signed_content: Callable[[bytes, str | None], bytes] = body_only
    tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS
    # Other spellings of the signature accepted on arrival (e.g. "sha256=" for a vendor whose canonical form is the
    # bare hex digest, while its scheme is unconfirmed). Matched case-insensitively; hex case never matters.
    tolerated_prefixes: tuple[str, ...] = ()
    signature_field: str | None = None
    field_signed_content: Callable[[Mapping[str, Any]], bytes] = compact_json

    def __post_init__(self) -> None:
        if self.signature_header is None and self.signature_field is None:
            raise ValueError("a signature scheme needs a signature_header, a signature_field, or both")
        if self.signature_header is None and self.timestamp_header is not None:
            raise ValueError("a timestamp header is signed with the body: it needs a signature_header")

    def where(self) -> str:
        """Where the signature is looked for, for messages."""
        places = [f"the {self.signature_header} header"] if self.signature_header else []
        places += [f"the payload's `{self.signature_field}` field"] if self.signature_field else []
        return " or ".join(places)


def _hmac(secret: str, content: bytes) -> str:
    return hmac.new(secret.encode(), content, hashlib.sha256).hexdigest()


def _hex_digest(raw_body: bytes, secret: str, scheme: SignatureScheme, timestamp: str | None) -> str:
    return _hmac(secret, scheme.signed_content(raw_body, timestamp))


def _signing_secret(secret: object) -> str:
    if not isinstance(secret, str) or not secret:
        raise ValueError(f"a webhook secret must be a non-empty str, got {type(secret).__name__}")
    return secret


def sign(raw_body: bytes, secret: str, scheme: SignatureScheme, timestamp: str | None = None) -> str:
    """The header value the vendor would send for this body (for tests and for relaying)."""
    return f"{scheme.prefix}{_hex_digest(raw_body, _signing_secret(secret), scheme, timestamp)}"


def sign_payload(payload: Mapping[str, Any], secret: str, scheme: SignatureScheme) -> bytes:
    """The body of a delivery signed in the payload (``scheme.signature_field``), as compact JSON with the signature
    field last (for tests and for relaying)."""
    if scheme.signature_field is None:
        raise ValueError("this scheme carries no signature in the payload")
    rest = {key: value for key, value in payload.items() if key != scheme.signature_field}
    signature = f"{scheme.prefix}{_hmac(_signing_secret(secret), scheme.field_signed_content(rest))}"
    return compact_json({**rest, scheme.signature_field: signature})


def _digest_of(signature: str, scheme: SignatureScheme) -> str | None:
    """The lowercase hex digest a signature header carries, or None when it is not in a form the scheme accepts."""
    value = signature.strip()
    for prefix in (scheme.prefix, *scheme.tolerated_prefixes):
        if value[: len(prefix)].lower() == prefix.lower():
            digest = value[len(prefix) :].lower()
            if len(digest) == 64 and all(char in "0123456789abcdef" for char in digest):
                return digest
    return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def _parse_timestamp(value: str) -> float:
    """Unix seconds or an ISO 8601 time; anything else, and a non-finite number (``nan``, ``inf``, ``1e999``), is
    malformed (a NaN age would pass every comparison with the tolerance)."""
    seconds: float | None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            seconds = None
    if seconds is None or not math.isfinite(seconds):
        raise WebhookVerificationError("malformed timestamp header", f"{value[:40]!r}")
    return seconds


def _accepted_secrets(secrets: object) -> list[str]:
    """The secrets to verify with: a str, or several while one is rotated; WebhookVerificationError for none or
    for a value that is not a str (bytes, None inside a list), so a misconfigured receiver refuses deliveries."""
    if secrets is None or isinstance(secrets, str | bytes):
        candidates: list[object] = [secrets]
    elif isinstance(secrets, Sequence | set | frozenset):
        candidates = list(secrets)
    else:
        candidates = [secrets]
    if not candidates or any(candidate is None or candidate == "" for candidate in candidates):
        raise WebhookVerificationError("no webhook secret configured")
    accepted: list[str] = []
    for candidate in candidates:
        if not isinstance(candidate, str):
            raise WebhookVerificationError(
                "webhook secret is not a str", f"got {type(candidate).__name__}: configure the secret as text"
            )
        accepted.append(candidate)
    return accepted


@dataclass(frozen=True)
class _Signature:
    """A delivery's signature (its text) and the bytes it covers, as a function of the timestamp."""

    text: str
    content: Callable[[str | None], bytes]


def _signature_of(headers: Mapping[str, str], raw_body: bytes, scheme: SignatureScheme) -> _Signature:
    if scheme.signature_header is not None:
        value = _header(headers, scheme.signature_header)
        if value is not None:
            return _Signature(value, lambda timestamp: scheme.signed_content(raw_body, timestamp))
    if scheme.signature_field is not None:
        field = scheme.signature_field
        try:
            payload = json.loads(raw_body)
        except (ValueError, UnicodeDecodeError):
            payload = None
        value = payload.get(field) if isinstance(payload, dict) else None
        if isinstance(value, str):
            rest = {key: item for key, item in payload.items() if key != field}
            return _Signature(value, lambda timestamp: scheme.field_signed_content(rest))
    reason = "missing signature header" if scheme.signature_field is None else "missing signature"
    raise WebhookVerificationError(reason, scheme.where())


def verify(
    headers: Mapping[str, str],
    raw_body: bytes,
    secrets: str | Sequence[str],
    scheme: SignatureScheme,
    *,
    tolerance_seconds: float | None = None,
    now: float | None = None,
) -> None:
    """Return quietly when the delivery is authentic; raise WebhookVerificationError saying why when not.

    ``tolerance_seconds`` overrides the scheme's for how far a delivery's timestamp may be from ``now``.
    """
    accepted = _accepted_secrets(secrets)
    signature = _signature_of(headers, raw_body, scheme)
    digest = _digest_of(signature.text, scheme)
    if digest is None:
        reason = "malformed signature header" if scheme.signature_field is None else "malformed signature"
        raise WebhookVerificationError(reason, f"{scheme.where()}: want {scheme.prefix}<64 hex>")
    timestamp: str | None = None
    if scheme.timestamp_header is not None:
        timestamp = _header(headers, scheme.timestamp_header)
        if timestamp is None:
            raise WebhookVerificationError("missing timestamp header", scheme.timestamp_header)
        tolerance = scheme.tolerance_seconds if tolerance_seconds is None else tolerance_seconds
        age = (time.time() if now is None else now) - _parse_timestamp(timestamp)
        if abs(age) > tolerance:
            raise WebhookVerificationError("stale timestamp", f"{age:.0f}s from now, tolerance {tolerance:.0f}s")
    content = signature.content(timestamp)
    expected = (_hmac(secret, content) for secret in accepted)
    if not any(hmac.compare_digest(candidate, digest) for candidate in expected):
        raise WebhookVerificationError("signature mismatch", "the body was altered or the secret is wrong")


class VendorWebhooks(Generic[EventT]):
    """One vendor's webhook functions: its scheme and the parser of its typed event, bound once.

    A vendor's ``webhooks`` module publishes the bound methods as its functions (``verify = WEBHOOKS.verify``), so
    every vendor's ``verify``, ``verify_and_parse`` and ``signed_headers`` have the same names and signatures.
    """

    def __init__(self, vendor: str, scheme: SignatureScheme, parse: Callable[[bytes], EventT]) -> None:
        self._vendor = vendor
        self.scheme = scheme
        self._parse = parse

    def __repr__(self) -> str:
        return f"VendorWebhooks({self._vendor!r}, signature in {self.scheme.where()})"

    def verify(
        self,
        headers: Mapping[str, str],
        raw_body: bytes,
        secret: str | Sequence[str],
        *,
        tolerance_seconds: float | None = None,
        now: float | None = None,
    ) -> None:
        """Return quietly when the delivery is authentic; raise WebhookVerificationError saying which check failed.

        ``raw_body`` must be the exact bytes received (not re-serialised JSON). ``secret`` may be several secrets
        while one is being rotated; any of them verifies. ``tolerance_seconds`` (for vendors that send a timestamp)
        bounds how far the delivery's timestamp may be from ``now`` (default: the current time).
        """
        if tolerance_seconds is not None and self.scheme.timestamp_header is None:
            raise ValueError(f"{self._vendor} sends no timestamp with its webhooks: tolerance_seconds cannot apply")
        verify(headers, raw_body, secret, self.scheme, tolerance_seconds=tolerance_seconds, now=now)

    def verify_and_parse(
        self,
        headers: Mapping[str, str],
        raw_body: bytes,
        secret: str | Sequence[str],
        *,
        tolerance_seconds: float | None = None,
        now: float | None = None,
    ) -> EventT:
        """Verify (as ``verify``), then parse the exact bytes that were verified into the vendor's typed event; a body
        that does not fit the event raises WebhookVerificationError too."""
        self.verify(headers, raw_body, secret, tolerance_seconds=tolerance_seconds, now=now)
        try:
            return self._parse(raw_body)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            problem = str(exc)  # whole: the error redacts it, then cuts it
        # Raised here, not in the except block: the parser's error (which quotes the payload) stays out of its chain.
        raise WebhookVerificationError("payload does not fit the event schema", problem)

    def signed_headers(self, raw_body: bytes, secret: str, *, timestamp: float | str | None = None) -> dict[str, str]:
        """The signature (and timestamp) headers the vendor would send with this body, for tests and local replays;
        ``timestamp`` defaults to now, for vendors that send one."""
        if self.scheme.signature_header is None:
            raise ValueError(f"{self._vendor} signs its webhooks in the payload, not in a header: use signed_body")
        if self.scheme.timestamp_header is None:
            if timestamp is not None:
                raise ValueError(f"{self._vendor} sends no timestamp with its webhooks")
            return {self.scheme.signature_header: sign(raw_body, secret, self.scheme)}
        stamp = (
            str(int(time.time() if timestamp is None else timestamp)) if not isinstance(timestamp, str) else timestamp
        )
        return {
            self.scheme.signature_header: sign(raw_body, secret, self.scheme, stamp),
            self.scheme.timestamp_header: stamp,
        }

    def signed_body(self, payload: Mapping[str, Any], secret: str) -> bytes:
        """The body of a delivery signed in the payload, as the vendor documents it (for vendors whose scheme has a
        ``signature_field``), for tests and local replays."""
        if self.scheme.signature_field is None:
            raise ValueError(f"{self._vendor} signs its webhooks in a header: use signed_headers")
        return sign_payload(payload, secret, self.scheme)

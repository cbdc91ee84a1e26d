"""Webhook verification, one implementation for every vendor that signs its deliveries.

A vendor's scheme says which header carries the signature, which (if any) carries a timestamp, and what bytes
the HMAC-SHA256 covers; verification then checks, in this order and with a precise reason on failure: the
signature header is present and well formed, the timestamp (when the vendor sends one) is within the tolerance,
and the signature matches one of the accepted secrets (several are accepted while a secret is being rotated),
compared in constant time over the exact raw body.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from talkwire_core.errors import WebhookVerificationError

DEFAULT_TOLERANCE_SECONDS = 300.0
EventT = TypeVar("EventT")


def body_only(raw_body: bytes, timestamp: str | None) -> bytes:
    """The HMAC covers the raw body alone."""
    return raw_body


def timestamp_dot_body(raw_body: bytes, timestamp: str | None) -> bytes:
    """The HMAC covers ``<timestamp>.<raw body>`` (binds the timestamp, so it cannot be replayed with a new one)."""
    return (timestamp or "").encode() + b"." + raw_body


@dataclass(frozen=True)
class SignatureScheme:
    """How one vendor signs its webhook deliveries."""

    signature_header: str
    prefix: str = "sha256="
    timestamp_header: str | None = None
    signed_content: Callable[[bytes, str | None], bytes] = body_only
    tolerance_seconds: float = DEFAULT_TOLERANCE_SECONDS
    # Other spellings of the signature header accepted on arrival (e.g. "sha256=" for a vendor whose canonical
    # form is the bare hex digest, while its scheme is unconfirmed). Matched case-insensitively; hex case never
    # matters.
    tolerated_prefixes: tuple[str, ...] = ()


def _hex_digest(raw_body: bytes, secret: str, scheme: SignatureScheme, timestamp: str | None) -> str:
    return hmac.new(secret.encode(), scheme.signed_content(raw_body, timestamp), hashlib.sha256).hexdigest()


def sign(raw_body: bytes, secret: str, scheme: SignatureScheme, timestamp: str | None = None) -> str:
    """The header value the vendor would send for this body (for tests and for relaying)."""
    return f"{scheme.prefix}{_hex_digest(raw_body, secret, scheme, timestamp)}"


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
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise WebhookVerificationError("malformed timestamp header", f"{value[:40]!r}") from None


def verify(
    headers: Mapping[str, str],
    raw_body: bytes,
    secrets: str | Sequence[str],
    scheme: SignatureScheme,
    *,
    now: float | None = None,
) -> None:
    """Return quietly when the delivery is authentic; raise WebhookVerificationError saying why when not."""
    accepted = [secrets] if isinstance(secrets, str) else list(secrets)
    if not accepted or not all(accepted):
        raise WebhookVerificationError("no webhook secret configured")
    signature = _header(headers, scheme.signature_header)
    if signature is None:
        raise WebhookVerificationError("missing signature header", scheme.signature_header)
    digest = _digest_of(signature, scheme)
    if digest is None:
        raise WebhookVerificationError(
            "malformed signature header", f"{scheme.signature_header}: want {scheme.prefix}<64 hex>"
        )
    timestamp: str | None = None
    if scheme.timestamp_header is not None:
        timestamp = _header(headers, scheme.timestamp_header)
        if timestamp is None:
            raise WebhookVerificationError("missing timestamp header", scheme.timestamp_header)
        age = (time.time() if now is None else now) - _parse_timestamp(timestamp)
        if abs(age) > scheme.tolerance_seconds:
            raise WebhookVerificationError(
                "stale timestamp", f"{age:.0f}s from now, tolerance {scheme.tolerance_seconds:.0f}s"
            )
    expected = (_hex_digest(raw_body, secret, scheme, timestamp) for secret in accepted)
    if not any(hmac.compare_digest(candidate, digest) for candidate in expected):
        raise WebhookVerificationError("signature mismatch", "the body was altered or the secret is wrong")


def verify_and_parse(
    headers: Mapping[str, str],
    raw_body: bytes,
    secrets: str | Sequence[str],
    scheme: SignatureScheme,
    parse: Callable[[bytes], EventT],
    *,
    now: float | None = None,
) -> EventT:
    """Verify, then parse the exact bytes that were verified into the vendor's typed event."""
    verify(headers, raw_body, secrets, scheme, now=now)
    try:
        return parse(raw_body)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise WebhookVerificationError("payload does not fit the event schema", str(exc)[:300]) from None

"""Webhook verification, one implementation for every vendor that signs its deliveries.

A vendor's scheme says which header carries the signature, which (if any) carries a timestamp, and what bytes
the HMAC-SHA256 covers; verification then checks, in this order and with a precise reason on failure: the
signature header is present and well formed, the timestamp (when the vendor sends one) is within the tolerance,
and the signature matches one of the accepted secrets (several are accepted while a secret is being rotated),
compared in constant time over the exact raw body.

A vendor package exposes the same three functions, bound to its scheme and its event model by ``VendorWebhooks``:
``verify``, ``verify_and_parse`` and ``signed_headers`` (the headers of a delivery signed the vendor's way, for
tests and local replays), with the same signatures for every vendor.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

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
    tolerance_seconds: float | None = None,
    now: float | None = None,
) -> None:
    """Return quietly when the delivery is authentic; raise WebhookVerificationError saying why when not.

    ``tolerance_seconds`` overrides the scheme's for how far a delivery's timestamp may be from ``now``.
    """
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
        tolerance = scheme.tolerance_seconds if tolerance_seconds is None else tolerance_seconds
        age = (time.time() if now is None else now) - _parse_timestamp(timestamp)
        if abs(age) > tolerance:
            raise WebhookVerificationError("stale timestamp", f"{age:.0f}s from now, tolerance {tolerance:.0f}s")
    expected = (_hex_digest(raw_body, secret, scheme, timestamp) for secret in accepted)
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
        return f"VendorWebhooks({self._vendor!r}, signature_header={self.scheme.signature_header!r})"

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
            raise WebhookVerificationError("payload does not fit the event schema", str(exc)[:300]) from None

    def signed_headers(self, raw_body: bytes, secret: str, *, timestamp: float | str | None = None) -> dict[str, str]:
        """The signature (and timestamp) headers the vendor would send with this body, for tests and local replays;
        ``timestamp`` defaults to now, for vendors that send one."""
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

"""Verifying Vocelio's webhook deliveries and parsing them into the generated `WebhookEvent`.

Vocelio's document shows the signature only as a payload field, `"signature": "sha256=..."`, and says neither
what it covers nor whether a header carries it. A signature inside the JSON it signs cannot cover the bytes as
sent, and checking it would need a canonical re-serialisation the document does not define. The scheme chosen
here is the most common one with that exact `sha256=<hex>` form (GitHub's `X-Hub-Signature-256`, and most vendors
since): HMAC-SHA256 with the subscription's `secret` over the exact raw request body, hex digest, sent as
`X-Vocelio-Signature: sha256=<64 hex>` (the header the spec declares as inferred). The payload's own `signature`
field is not trusted or used. Vocelio sends no timestamp header, so there is no replay window to enforce.

`VOCELIO_SIGNATURE_SCHEME` is the one place that decides this; change it when Vocelio confirms its scheme.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import talkwire_core.webhooks as webhooks
from talkwire_vocelio_api.webhook_events import WebhookEvent

VOCELIO_SIGNATURE_SCHEME = webhooks.SignatureScheme(
    signature_header="X-Vocelio-Signature",
    prefix="sha256=",
    timestamp_header=None,
    signed_content=webhooks.body_only,
)


def verify(headers: Mapping[str, str], raw_body: bytes, secret: str | Sequence[str]) -> None:
    """Raise WebhookVerificationError (saying which check failed) unless the delivery is authentic."""
    webhooks.verify(headers, raw_body, secret, VOCELIO_SIGNATURE_SCHEME)


def verify_and_parse(headers: Mapping[str, str], raw_body: bytes, secret: str | Sequence[str]) -> WebhookEvent:
    """Verify a delivery (several secrets accepted while rotating), then parse the very bytes that were verified.

    ``raw_body`` must be the request body exactly as received (not re-encoded JSON).
    """
    return webhooks.verify_and_parse(
        headers, raw_body, secret, VOCELIO_SIGNATURE_SCHEME, WebhookEvent.model_validate_json
    )


def sign(raw_body: bytes, secret: str) -> str:
    """The header value Vocelio would send for this body (for tests and local replays of deliveries)."""
    return webhooks.sign(raw_body, secret, VOCELIO_SIGNATURE_SCHEME)

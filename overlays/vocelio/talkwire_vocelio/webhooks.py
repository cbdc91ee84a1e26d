"""Verifying Vocelio's webhook deliveries and parsing them into the generated `WebhookEvent`.

Vocelio's document shows the signature only as a payload field, `"signature": "sha256=..."`, and says neither
what it covers nor whether a header carries it. A signature inside the JSON it signs cannot cover the bytes as
sent, and checking it would need a canonical re-serialisation the document does not define. The scheme chosen
here is the most common one with that exact `sha256=<hex>` form (GitHub's `X-Hub-Signature-256`, and most vendors
since): HMAC-SHA256 with the subscription's `secret` over the exact raw request body, hex digest, sent as
`X-Vocelio-Signature: sha256=<64 hex>` (the header the spec declares as inferred). The payload's own `signature`
field is not trusted or used. Vocelio sends no timestamp header, so there is no replay window to enforce.

`SCHEME` is the one place that decides this; change it when Vocelio confirms its scheme.

```python
from talkwire_vocelio.webhooks import verify_and_parse

event = verify_and_parse(request.headers, raw_body, secret=["whsec-new", "whsec-old"])
```
"""

from __future__ import annotations

from talkwire_core import WebhookVerificationError
from talkwire_core.webhooks import SignatureScheme, VendorWebhooks, body_only
from talkwire_vocelio_api.webhook_events import WebhookEvent

SCHEME = SignatureScheme(
    signature_header="X-Vocelio-Signature",
    prefix="sha256=",
    timestamp_header=None,
    signed_content=body_only,
)

WEBHOOKS = VendorWebhooks("Vocelio", SCHEME, WebhookEvent.model_validate_json)
verify = WEBHOOKS.verify
verify_and_parse = WEBHOOKS.verify_and_parse
signed_headers = WEBHOOKS.signed_headers

__all__ = [
    "SCHEME",
    "WEBHOOKS",
    "WebhookEvent",
    "WebhookVerificationError",
    "signed_headers",
    "verify",
    "verify_and_parse",
]

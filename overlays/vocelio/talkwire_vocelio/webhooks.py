"""Verifying Vocelio's webhook deliveries and parsing them into the generated `WebhookEvent`.

What Vocelio documents: a subscription's `secret`, and a payload carrying `"signature": "sha256=..."` (its only
example). What it does not: what the signature covers, the digest's encoding, and whether a header carries it too.

What talkwire verifies (`SCHEME`, the one place this is decided):

- the documented form: the payload's top-level `signature` field, `sha256=` and 64 hex digits, is the HMAC-SHA256,
  keyed with the subscription's secret (UTF-8), of the payload without that field written as compact JSON (as
  JavaScript's `JSON.stringify` writes it: no spaces, keys in the order received). A signature inside the JSON it
  signs cannot cover the bytes that carry it, so this content is inferred;
- also accepted, inferred: an `X-Vocelio-Signature: sha256=<hex>` header over the exact raw body (GitHub's
  `X-Hub-Signature-256` form); when a delivery has the header, the header is what is verified.

No timestamp is documented, so there is no replay window to enforce. Change `SCHEME` when Vocelio confirms its
scheme; talkwire-core's verification stays as it is.

```python
from talkwire_vocelio.webhooks import verify_and_parse

event = verify_and_parse(request.headers, raw_body, secret=["whsec-new", "whsec-old"])
```
"""

from __future__ import annotations

from talkwire_core import WebhookVerificationError
from talkwire_core.webhooks import SignatureScheme, VendorWebhooks, body_only, compact_json
from talkwire_vocelio_api.webhook_events import WebhookEvent

SIGNATURE_FIELD = "signature"
SIGNATURE_HEADER = "X-Vocelio-Signature"

SCHEME = SignatureScheme(
    signature_field=SIGNATURE_FIELD,
    field_signed_content=compact_json,
    signature_header=SIGNATURE_HEADER,
    signed_content=body_only,
    prefix="sha256=",
    timestamp_header=None,
)

WEBHOOKS = VendorWebhooks("Vocelio", SCHEME, WebhookEvent.model_validate_json)
verify = WEBHOOKS.verify
verify_and_parse = WEBHOOKS.verify_and_parse
signed_headers = WEBHOOKS.signed_headers
signed_body = WEBHOOKS.signed_body

__all__ = [
    "SCHEME",
    "SIGNATURE_FIELD",
    "SIGNATURE_HEADER",
    "WEBHOOKS",
    "WebhookEvent",
    "WebhookVerificationError",
    "signed_body",
    "signed_headers",
    "verify",
    "verify_and_parse",
]

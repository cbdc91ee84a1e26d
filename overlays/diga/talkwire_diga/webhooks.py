"""Verify and parse diga webhook deliveries (``status_changed``).

diga documents only that deliveries carry a ``Diga-Signature`` header made with the webhook's secret (returned
by ``createWebhook`` / ``rotateWebhookSecret``). The algorithm, encoding, signed content and any timestamp are
NOT documented. The scheme chosen here, in this module only (``SCHEME``), is the most
common one for a single signature header with a per-webhook secret:

- ``Diga-Signature`` is the lowercase hex HMAC-SHA256 of the exact raw request body, keyed with the secret
  (UTF-8 bytes of the secret string as returned by the API);
- a ``sha256=`` prefix and upper-case hex are tolerated, so either common spelling verifies;
- there is no timestamp, so there is no replay window check: deduplicate deliveries yourself if that matters.

When diga confirms its scheme, change ``SCHEME`` here; talkwire-core's
verification stays as it is. A delivery that fails raises ``WebhookVerificationError`` naming the check.
diga invalidates the old secret at once on rotation, but several secrets are still accepted (e.g. while you
roll the new secret out across your own receivers).

```python
from talkwire_diga.webhooks import verify_and_parse

event = verify_and_parse(request.headers, raw_body, secret="the-webhook-secret")
status = event.model_extra.get("status")  # the payload is undocumented: every key is kept
```
"""

from __future__ import annotations

from talkwire_core import WebhookVerificationError
from talkwire_core.webhooks import SignatureScheme, VendorWebhooks, body_only
from talkwire_diga_api.webhook_events import WebhookStatusChangedEvent

SIGNATURE_HEADER = "Diga-Signature"

# The one place diga's (unconfirmed) signing scheme is written down in code.
SCHEME = SignatureScheme(
    signature_header=SIGNATURE_HEADER,
    prefix="",
    tolerated_prefixes=("sha256=",),
    timestamp_header=None,
    signed_content=body_only,
)

WEBHOOKS = VendorWebhooks("diga", SCHEME, WebhookStatusChangedEvent.model_validate_json)
verify = WEBHOOKS.verify
verify_and_parse = WEBHOOKS.verify_and_parse
signed_headers = WEBHOOKS.signed_headers

__all__ = [
    "SCHEME",
    "SIGNATURE_HEADER",
    "WEBHOOKS",
    "WebhookStatusChangedEvent",
    "WebhookVerificationError",
    "signed_headers",
    "verify",
    "verify_and_parse",
]

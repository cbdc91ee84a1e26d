"""Verify and parse Dstny CI 2.0 webhook deliveries (``conversation.completed``).

What is verified (from the spec's ``webhooks`` section): ``X-Webhook-Signature`` is ``sha256=`` followed by the
lowercase hex HMAC-SHA256 of the exact raw request body, keyed with the webhook secret; ``X-Webhook-Timestamp``
(unix seconds) must be within ``tolerance_seconds`` (default 5 minutes) of now. Dstny does not include the
timestamp in the signed content, so the tolerance rejects old deliveries but cannot stop a captured delivery
from being replayed with a fresh timestamp header inside the window: deduplicate on ``X-Webhook-Delivery-Id``
(``event.field_meta.delivery_id``) if that matters to you.

```python
from talkwire_dstny.webhooks import verify_and_parse

event = verify_and_parse(request.headers, raw_body, secret="whsec-current")
print(event.data.conversation.title)
```
"""

from __future__ import annotations

from talkwire_core import WebhookVerificationError
from talkwire_core.webhooks import DEFAULT_TOLERANCE_SECONDS, SignatureScheme, VendorWebhooks, body_only
from talkwire_dstny_api.webhook_events import ConversationCompletedEvent

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
EVENT_HEADER = "X-Webhook-Event"
DELIVERY_ID_HEADER = "X-Webhook-Delivery-Id"

# The one place Dstny's signing scheme is written down in code.
SCHEME = SignatureScheme(
    signature_header=SIGNATURE_HEADER,
    prefix="sha256=",
    timestamp_header=TIMESTAMP_HEADER,
    signed_content=body_only,
    tolerance_seconds=DEFAULT_TOLERANCE_SECONDS,
)

WEBHOOKS = VendorWebhooks("Dstny", SCHEME, ConversationCompletedEvent.model_validate_json)
verify = WEBHOOKS.verify
verify_and_parse = WEBHOOKS.verify_and_parse
signed_headers = WEBHOOKS.signed_headers

__all__ = [
    "DELIVERY_ID_HEADER",
    "EVENT_HEADER",
    "SCHEME",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WEBHOOKS",
    "ConversationCompletedEvent",
    "WebhookVerificationError",
    "signed_headers",
    "verify",
    "verify_and_parse",
]

"""A fake Dstny CI 2.0 for your tests (``pip install talkwire-dstny[testing]``): every operation checked against
the spec, the token's scopes enforced (403 naming the missing one), 429s with the documented ``retryAfter``, and
webhook deliveries signed as Dstny signs them.

```python
def test_webhook(dstny_fake):
    delivery = dstny_fake.webhook(secret="whsec-test")  # conversation.completed, the spec's example
    response = delivery.send("http://127.0.0.1:8000/hooks/dstny")
```
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from talkwire_core.testing import ErrorFields, VendorFake

from talkwire_dstny._client import DSTNY, DstnyClient
from talkwire_dstny.webhooks import WEBHOOKS


class DstnyFake(VendorFake):
    """Dstny, faked: `token` is the REST API token it accepts (``client()`` uses it), carrying `scopes` (None: all)."""

    vendor = DSTNY
    error_fields = ErrorFields(message="message", status="statusCode", retry_after="retryAfter")
    error_schema = "ErrorResponse"
    webhook_signing = WEBHOOKS

    def __init__(self, *, token: str = "mt_fake-token", scopes: Iterable[str] | None = None) -> None:
        super().__init__()
        self.token = self.tokens.accept(token, scopes=scopes)

    def make_client(self, base_url: str, **options: Any) -> DstnyClient:
        return DstnyClient(self.token, base_url=base_url, **options)

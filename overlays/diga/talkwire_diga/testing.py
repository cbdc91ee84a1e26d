"""A fake diga for your tests (``pip install talkwire-diga[testing]``): every operation checked against diga's spec,
its project API key required as a bearer token, webhook deliveries signed as talkwire verifies diga's.

```python
def test_agents(diga_fake):
    with diga_fake.client() as diga:
        ...
```
"""

from __future__ import annotations

from typing import Any

from talkwire_core.testing import ErrorFields, VendorFake

from talkwire_diga._client import DIGA, DigaClient
from talkwire_diga.webhooks import WEBHOOKS


class DigaFake(VendorFake):
    """diga, faked: `api_key` is the project API key it accepts (``client()`` uses it)."""

    vendor = DIGA
    error_fields = ErrorFields(code="error_code", message="message")
    error_schema = "ErrorResponse"
    webhook_signing = WEBHOOKS

    def __init__(self, *, api_key: str = "sk-fake-project-key") -> None:
        super().__init__()
        self.api_key = self.tokens.accept(api_key)

    def make_client(self, base_url: str, **options: Any) -> DigaClient:
        return DigaClient(self.api_key, base_url=base_url, **options)

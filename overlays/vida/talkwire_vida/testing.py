"""A fake Vida for your tests (``pip install talkwire-vida[testing]``): every operation checked against Vida's spec,
its token required in the ``token`` query parameter (and refused anywhere else).

```python
def test_agents(vida_fake):
    with vida_fake.client() as vida:
        ...
```
"""

from __future__ import annotations

from typing import Any

from talkwire_core.testing import ErrorFields, VendorFake

from talkwire_vida._client import VIDA, VidaClient


class VidaFake(VendorFake):
    """Vida, faked: `token` is the API token it accepts (``client()`` uses it)."""

    vendor = VIDA
    error_fields = ErrorFields(message="message")
    error_schema = "ErrorResponse"

    def __init__(self, *, token: str = "fake-vida-token") -> None:
        super().__init__()
        self.token = self.tokens.accept(token)

    def make_client(self, base_url: str, **options: Any) -> VidaClient:
        return VidaClient(self.token, base_url=base_url, **options)

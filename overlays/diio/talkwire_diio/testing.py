"""A fake diio for your tests (``pip install talkwire-diio[testing]``): every operation checked against diio's spec,
its access tokens expiring and refreshed through ``/refresh_token`` (the refresh token rotated each time).

```python
def test_import(diio_fake):  # the pytest fixture (or: with DiioFake() as diio_fake:)
    diio_fake.meetings.list.pages([first_page, last_page])
    with diio_fake.client() as diio:
        ...
    diio_fake.tokens.expire_all()  # the next call gets 401, and the client refreshes
```
"""

from __future__ import annotations

from typing import Any

from talkwire_core.testing import Answer, ErrorFields, RecordedCall, VendorFake

from talkwire_diio._auth import REFRESH_OPERATION
from talkwire_diio._client import DIIO, DiioClient


class DiioFake(VendorFake):
    """diio, faked: the client credentials and refresh token below are the ones it accepts (``client()`` uses them).

    Each refresh issues an access token (a JWT whose ``exp`` is `access_token_lifetime` seconds away) and, with
    `rotate_refresh_tokens`, a new refresh token that replaces the one used (which is refused from then on).
    """

    vendor = DIIO
    error_fields = ErrorFields(message="message")
    error_schema = "Error"

    def __init__(
        self,
        *,
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",
        refresh_token: str = "fake-refresh-token-0",
        access_token_lifetime: float = 3600.0,
        rotate_refresh_tokens: bool = True,
    ) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token
        self.access_token_lifetime = access_token_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.operation(REFRESH_OPERATION).answers(self._refresh)

    def make_client(self, base_url: str, **options: Any) -> DiioClient:
        return DiioClient(
            client_id=self.client_id,
            client_secret=self.client_secret,
            refresh_token=self.refresh_token,
            base_url=base_url,
            **options,
        )

    def _refresh(self, call: RecordedCall) -> Answer:
        stub = self.operation(REFRESH_OPERATION)
        expected = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "refresh_token": self.refresh_token,
        }
        if not call.presents(expected):
            return stub.error(401, message="invalid client credentials or refresh token")
        issued: dict[str, Any] = {
            "access_token": self.tokens.issue(
                prefix="fake-diio-access-", expires_in=self.access_token_lifetime, jwt=True
            )
        }
        if self.rotate_refresh_tokens:
            self.refresh_token = f"fake-refresh-token-{len(stub.calls)}"
            issued["refresh_token"] = self.refresh_token
        return stub.success(issued)

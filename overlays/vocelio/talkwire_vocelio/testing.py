"""A fake Vocelio for your tests (``pip install talkwire-vocelio[testing]``): every operation checked against
Vocelio's spec (``X-API-Version`` included), its login issuing expiring tokens, and its errors in the
``{success: false, error}`` envelope, on their status or, as Vocelio sometimes sends them, on HTTP 200.

```python
def test_missing_call(vocelio_fake):
    vocelio_fake.calls.get.fails(404, code="RESOURCE_001", sent_as=200)  # an error envelope on HTTP 200
```
"""

from __future__ import annotations

import copy
from typing import Any

from talkwire_core.testing import Answer, ErrorFields, RecordedCall, SpecOperation, VendorFake

from talkwire_vocelio._auth import LOGIN_OPERATION
from talkwire_vocelio._client import VOCELIO, VocelioClient
from talkwire_vocelio.webhooks import WEBHOOKS


class VocelioFake(VendorFake):
    """Vocelio, faked: `email` and `password` log in (``client()`` uses them) for a token valid `token_lifetime`
    seconds; an expired token gets ``AUTH_002``, an unknown one ``AUTH_001``, sent as HTTP 401, or as HTTP 200 with
    `auth_errors_on_200`."""

    vendor = VOCELIO
    error_fields = ErrorFields(code="error.code", message="error.message")
    error_schema = "ErrorEnvelope"
    webhook_signing = WEBHOOKS

    def __init__(
        self,
        *,
        email: str = "developer@example.com",
        password: str = "fake-password",
        token_lifetime: int = 86400,
        auth_errors_on_200: bool = False,
    ) -> None:
        super().__init__()
        self.email = email
        self.password = password
        self.token_lifetime = token_lifetime
        self.auth_errors_on_200 = auth_errors_on_200
        self.operation(LOGIN_OPERATION).answers(self._login)

    def make_client(self, base_url: str, **options: Any) -> VocelioClient:
        return VocelioClient(email=self.email, password=self.password, base_url=base_url, **options)

    def auth_failure(self, operation: SpecOperation, state: str) -> Answer:
        code, message = ("AUTH_002", "Token expired") if state == "expired" else ("AUTH_001", "Invalid token")
        sent_as = 200 if self.auth_errors_on_200 else None
        return self.error_answer(operation, 401, code=code, message=message, sent_as=sent_as)

    def _login(self, call: RecordedCall) -> Answer:
        stub = self.operation(LOGIN_OPERATION)
        if not call.presents({"email": self.email, "password": self.password}):
            return stub.error(401, code="AUTH_001", message="Invalid credentials")
        logged_in = copy.deepcopy(stub.default().body)
        logged_in["data"]["token"] = self.tokens.issue(prefix="fake-vocelio-", expires_in=self.token_lifetime)
        logged_in["data"]["expires_in"] = self.token_lifetime
        logged_in["data"].pop("refresh_token", None)
        return stub.success(logged_in)

"""A static bearer token (an API key or a long-lived access token) as an httpx auth flow.

For vendors whose token does not expire or cannot be renewed by the client (Dstny's `mt_…` tokens, diga's
project API keys). The token is masked in log lines, errors and reprs while the auth lives.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from talkwire_core._credentials import checked_credential
from talkwire_core._redact import OwnedSecrets


class StaticBearerAuth(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` on every request."""

    def __init__(self, token: str, *, vendor: str = "the API") -> None:
        checked_credential(token, f"the token for {vendor}")
        self._secrets = OwnedSecrets()
        self._secrets.hold(token)
        self._token = token

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

"""HTTP Basic credentials (RFC 7617) as an httpx auth flow: a user id and a password, such as Twilio's account SID
and auth token, sent as ``Authorization: Basic base64(user-id:password)`` on every request that goes with credentials.

httpx has a ``BasicAuth`` too; this one refuses credentials that cannot travel (an empty part, a colon in the user id,
surrounding whitespace in the user id from a paste, a control character; a password may begin or end with spaces), and masks the password and the encoded header value in log
lines, errors and reprs while it lives.
"""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from talkwire_core._credentials import checked_credential
from talkwire_core._redact import OwnedSecrets


class BasicAuth(httpx.Auth):
    """Sends ``Authorization: Basic …`` with ``username`` and ``password`` (UTF-8, as RFC 7617 recommends)."""

    def __init__(self, username: str, password: str, *, vendor: str = "the API") -> None:
        checked_credential(username, f"the username for {vendor}")
        checked_credential(password, f"the password for {vendor}", password=True)
        if ":" in username:
            # RFC 7617: the user-id ends at the first colon, so the server would read another user and password.
            raise ValueError(f"the username for {vendor} contains ':', which Basic credentials cannot carry")
        encoded = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._secrets = OwnedSecrets()
        self._secrets.hold(password, encoded)
        self._username = username
        self._header = f"Basic {encoded}"

    @property
    def username(self) -> str:
        return self._username

    def __repr__(self) -> str:
        return f"{type(self).__name__}(username={self._username!r}, password='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

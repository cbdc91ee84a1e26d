"""Vocelio's login: email and password exchanged for a JWT through the spec's login operation.

Vocelio documents no refresh operation (the login's `refresh_token` is used by nothing documented), so the token is
renewed by logging in again: ahead of its `expires_in`, or once when a request gets 401 / `AUTH_002`. Single
flight and no retry loops come from talkwire-core's RenewingBearerAuth.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx
from talkwire_core import OPERATION_EXTENSION, RenewingBearerAuth, Token, checked_credential
from talkwire_vocelio_api._operations import OPERATIONS
from talkwire_vocelio_api.models.api_version import ApiVersion
from talkwire_vocelio_api.types import Unset

# From the spec: the operation with `security: []` that issues tokens (talkwire-core sends it, and the caller's own
# calls of it, without a token), and the one API version it documents.
LOGIN_OPERATION = "login"
LOGIN_PATH: str = OPERATIONS[LOGIN_OPERATION]["path"]
API_VERSION: str = ApiVersion.V1.value


class VocelioLoginAuth(RenewingBearerAuth):
    """Bearer auth that logs in with email and password whenever it has no fresh token.

    The password is masked from construction on (it appears in no log line, repr or error) and is sent only in the
    login body. ``on_token_renewed`` receives each new token, e.g. to share it with other processes.
    """

    def __init__(
        self,
        *,
        base_url: str,
        email: str | None,
        password: str | None,
        on_token_renewed: Callable[[Token], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        # talkwire-core's check names the credential that is missing (None) or flawed; the token every login
        # issues is checked by RenewingBearerAuth.
        self._email = checked_credential(email, "Vocelio's login email")
        self._password = checked_credential(password, "Vocelio's login password", password=True)
        super().__init__(access_token=None, on_token_renewed=on_token_renewed, clock=clock, vendor="Vocelio")
        self.secrets.hold(self._password)
        self._login_url = base_url.rstrip("/") + LOGIN_PATH

    def build_renewal_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._login_url,
            content=json.dumps({"email": self._email, "password": self._password}).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json", "X-API-Version": API_VERSION},
            # The login takes the timeout of the request that needed it (RenewingBearerAuth copies it over).
            extensions={OPERATION_EXTENSION: LOGIN_OPERATION},
        )

    def token_from_renewal(self, response: httpx.Response) -> Token:
        # Imported on the first login, not with the client (issue 16's cold-import goal).
        from talkwire_vocelio_api.models.login_envelope import LoginEnvelope

        result = LoginEnvelope.from_dict(response.json()).data
        if not isinstance(result.expires_in, int) or isinstance(result.expires_in, bool):
            raise TypeError("expires_in is not a number of seconds")
        refresh_token = None if isinstance(result.refresh_token, Unset) else result.refresh_token
        return Token(result.token, self._clock() + result.expires_in, refresh_token)

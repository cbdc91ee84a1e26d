"""diio's token refresh: a 1 h JWT access token renewed through `POST /refresh_token`."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
from talkwire_core import OPERATION_EXTENSION, RenewingBearerAuth, Token, checked_credential, jwt_expiry
from talkwire_diio_api._operations import OPERATIONS

# The path comes from the spec (the operation with `security: []` that issues tokens, so talkwire-core sends it, and
# the caller's own calls of it, without the access token).
REFRESH_OPERATION = "refresh_token"
REFRESH_PATH: str = OPERATIONS[REFRESH_OPERATION]["path"]


class DiioRefreshAuth(RenewingBearerAuth):
    """Bearer auth whose access token is renewed with the client id, client secret and refresh token.

    Ahead of expiry when the JWT's ``exp`` can be read, and once when a request gets 401; any number of threads or
    tasks that find the token stale cause one refresh call. If diio answers with a new refresh token it is used
    from then on, and ``on_tokens_refreshed`` receives both so the caller can persist them.
    """

    def __init__(
        self,
        *,
        base_url: str,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        access_token: str | None = None,
        on_tokens_refreshed: Callable[[Token], None] | None = None,
    ) -> None:
        checked_credential(client_id, "diio's client_id")
        checked_credential(client_secret, "diio's client_secret")
        checked_credential(refresh_token, "diio's refresh_token")
        # The access token, and every token a refresh issues, are checked by RenewingBearerAuth.
        super().__init__(access_token=access_token, on_token_renewed=on_tokens_refreshed, vendor="diio")
        self.secrets.hold(client_secret, refresh_token)
        self._refresh_url = base_url.rstrip("/") + REFRESH_PATH
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token

    def _current_refresh_token(self) -> str:
        """The refresh token of the last token a refresh issued (diio may rotate it), else the one given."""
        token = self.token
        return token.refresh_token if token is not None and token.refresh_token else self._refresh_token

    def build_renewal_request(self) -> httpx.Request:
        body = {
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "refresh_token": self._current_refresh_token(),
        }
        return httpx.Request(
            "POST",
            self._refresh_url,
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            extensions={OPERATION_EXTENSION: REFRESH_OPERATION},
        )

    def token_from_renewal(self, response: httpx.Response) -> Token:
        # Nothing is kept here: the token returned is checked (RenewingBearerAuth) before it, and the refresh token
        # it carries, replace the ones held.
        body = response.json()
        access_token = body["access_token"]
        rotated = body.get("refresh_token")
        # Absent or empty: not rotated. Anything else is the refresh token from now on, if it passes the check.
        refresh_token = self._current_refresh_token() if rotated in (None, "") else rotated
        return Token(access_token, jwt_expiry(access_token), refresh_token)

"""Vida's API token travels in the `token` query parameter."""

from __future__ import annotations

from talkwire_core import QueryParamAuth
from talkwire_vida_api._operations import SECURITY_SCHEMES

# The parameter name comes from the spec's security scheme (`in: query`), not from this file.
TOKEN_PARAMETER: str = SECURITY_SCHEMES["apiKeyAuth"]["name"]


class QueryTokenAuth(QueryParamAuth):
    """Adds ``?token=…`` to every request that goes with credentials (talkwire-core sends the operations whose spec
    security is empty without them; every Vida operation names the token today). The token is masked while the
    auth lives, so the URL that carries it is masked in httpx's log lines, in errors and in reprs. Built on
    talkwire-core's ``QueryParamAuth``, which places the token while the request is built instead of re-parsing its
    URL."""

    def __init__(self, token: str) -> None:
        # QueryParamAuth checks the token like every credential (a missing one "is required").
        super().__init__(TOKEN_PARAMETER, token)

    def __repr__(self) -> str:
        return "QueryTokenAuth(token='***')"

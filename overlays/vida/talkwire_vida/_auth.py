"""Vida's API token travels in the `token` query parameter, on the operations whose spec security asks for it."""

from __future__ import annotations

from talkwire_core import QueryParamAuth
from talkwire_vida_api._operations import OPERATIONS, SECURITY_SCHEMES

SCHEME = "apiKeyAuth"
# The parameter name comes from the spec's security scheme (`in: query`), not from this file.
TOKEN_PARAMETER: str = SECURITY_SCHEMES[SCHEME]["name"]


def operation_needs_token(operation: str | None) -> bool:
    """True when the spec's security for this operation names the query-token scheme.

    Requests that no generated operation made (``operation`` None) get the token too: they are calls the caller
    built by hand against the API, and every Vida API path but a few public ones wants it.
    """
    if operation is None or operation not in OPERATIONS:
        return True
    return SCHEME in OPERATIONS[operation]["security"]


class QueryTokenAuth(QueryParamAuth):
    """Adds ``?token=…`` to requests whose operation requires it. The token is registered for redaction, so the
    URL that carries it is masked in httpx's log lines, in errors and in reprs. Built on talkwire-core's
    ``QueryParamAuth``, which places the token while the request is built instead of re-parsing its URL."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("a Vida API token is required")
        super().__init__(TOKEN_PARAMETER, token, applies_to=operation_needs_token)

    def __repr__(self) -> str:
        return "QueryTokenAuth(token='***')"

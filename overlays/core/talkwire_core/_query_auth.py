"""A credential carried in a query parameter (Vida's ``?token=``), placed without re-parsing the request URL.

An ``httpx.Auth`` flow runs after the request is built, so adding a query parameter there means httpx parses and
re-encodes the whole URL once more: tens of microseconds, a tenth of a loopback call. Clients built by
``ClientSettings`` therefore ask a ``QueryParamAuth`` for its parameter while they build the request and merge it
with the call's own parameters (one parse, as for any call with parameters); the flow itself only adds the
parameter to requests that were built some other way, so every request still gets it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

from talkwire_core._redact import register_secret

# Request extension set by a client that placed the credential while building the request.
PLACED_EXTENSION = "talkwire_query_credential_placed"


def _every_operation(operation: str | None) -> bool:
    return True


class QueryParamAuth(httpx.Auth):
    """Puts ``name=value`` in the query string of requests whose operation ``applies_to`` accepts.

    ``applies_to`` receives the generated operation's name (None for a request no operation built). The value is
    registered for redaction, so URLs that carry it are masked in logs, errors and reprs.
    """

    def __init__(self, name: str, value: str, *, applies_to: Callable[[str | None], bool] = _every_operation) -> None:
        if not value:
            raise ValueError(f"a value for the `{name}` query parameter is required")
        register_secret(value)
        self._name = name
        self._value = value
        self._applies_to = applies_to

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self._name!r}, value='***')"

    def params_for(self, operation: str | None) -> dict[str, str]:
        """The parameters a request of `operation` carries (empty when the credential does not apply)."""
        return {self._name: self._value} if self._applies_to(operation) else {}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not request.extensions.get(PLACED_EXTENSION):
            operation = request.extensions.get("talkwire_operation")
            placed = self.params_for(operation if isinstance(operation, str) else None)
            if placed:
                request.url = request.url.copy_merge_params(placed)
        yield request


def with_query_credentials(
    auth: httpx.Auth | None, params: Any, extensions: Mapping[str, Any] | None
) -> tuple[Any, Mapping[str, Any] | None]:
    """``(params, extensions)`` for building a request: the credential of a QueryParamAuth merged into the call's
    parameters and the request marked as carrying it; unchanged for any other auth."""
    if not isinstance(auth, QueryParamAuth):
        return params, extensions
    operation = (extensions or {}).get("talkwire_operation")
    placed = auth.params_for(operation if isinstance(operation, str) else None)
    if not placed:
        return params, extensions
    merged = httpx.QueryParams(params).merge(placed) if params is not None else httpx.QueryParams(placed)
    return merged, {**(extensions or {}), PLACED_EXTENSION: True}

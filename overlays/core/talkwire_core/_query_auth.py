"""A credential carried in a query parameter (Vida's ``?token=``), placed without re-parsing the request URL.

An ``httpx.Auth`` flow runs after the request is built, so adding a query parameter there means httpx parses and
re-encodes the whole URL once more: tens of microseconds, a tenth of a loopback call. talkwire's clients therefore
ask a ``QueryParamAuth`` for its parameter while they build the request and merge it with the call's own parameters
(one parse, as for any call with parameters); the flow itself only adds the parameter to requests that were built
some other way, so every request that goes with credentials still gets it.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any

import httpx

from talkwire_core._credentials import checked_credential
from talkwire_core._redact import OwnedSecrets

# Request extension set by a client that placed the credential while building the request.
PLACED_EXTENSION = "talkwire_query_credential_placed"


class QueryParamAuth(httpx.Auth):
    """Puts ``name=value`` in the query string of every request that goes with credentials.

    The value is masked while the auth lives, so URLs that carry it are masked in logs, errors and reprs.
    """

    def __init__(self, name: str, value: str, *, vendor: str = "the API") -> None:
        checked_credential(value, f"the `{name}` query parameter for {vendor}")
        self._secrets = OwnedSecrets()
        self._secrets.hold(value)
        self._name = name
        self._value = value

    @property
    def name(self) -> str:
        """The query parameter that carries the credential (never to follow a redirect to another origin)."""
        return self._name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self._name!r}, value='***')"

    def placed(self, params: Any, extensions: Mapping[str, Any] | None) -> tuple[Any, Mapping[str, Any]]:
        """``(params, extensions)`` for building a request: the credential merged into the call's parameters, and
        the request marked as carrying it."""
        credential = {self._name: self._value}
        merged = httpx.QueryParams(params).merge(credential) if params is not None else httpx.QueryParams(credential)
        return merged, {**(extensions or {}), PLACED_EXTENSION: True}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not request.extensions.get(PLACED_EXTENSION):
            request.url = request.url.copy_merge_params({self._name: self._value})
        yield request

"""httpx clients that raise talkwire's typed errors: every non-2xx response, and every transport failure, becomes
an exception before generated code sees it (so a documented 401 never turns into ``None``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from talkwire_core._query_auth import with_query_credentials
from talkwire_core.errors import APIConnectionError, APITimeoutError, error_from_response

# Called with every response that reached the client; raises the typed error it stands for, or returns.
ResponseCheck = Callable[[httpx.Response], None]


def raise_for_api_error(response: httpx.Response) -> None:
    """The default check: any status outside 2xx raises the APIError subclass for it."""
    if not response.is_success:
        raise error_from_response(response)


def operation_of(request: httpx.Request) -> str | None:
    """The generated operation (module name) that built this request, if one did."""
    operation = request.extensions.get("talkwire_operation")
    return operation if isinstance(operation, str) else None


def scope_aware_check(operations: Mapping[str, Mapping[str, Any]]) -> ResponseCheck:
    """A check that, on a 403, names the scopes the spec says the operation needs (``x-required-scopes``)."""

    def check(response: httpx.Response) -> None:
        if response.is_success:
            return
        hint = None
        operation = operation_of(response.request)
        scopes = list(operations.get(operation, {}).get("scopes", ())) if operation else []
        if response.status_code == 403 and scopes:
            needed = ", ".join(f"`{scope}`" for scope in scopes)
            plural = "scope" if len(scopes) == 1 else "scopes"
            hint = f"this token lacks the {needed} {plural} that {operation} requires"
        raise error_from_response(response, hint=hint)

    return check


def _transport_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    reason = str(exc) or type(exc).__name__
    return kind(method=request.method, url=str(request.url), reason=f"{type(exc).__name__}: {reason}")


class CheckedClient(httpx.Client):
    """An httpx.Client whose ``send`` raises typed errors (after auth flows and retries have had their turn)."""

    def __init__(self, *, check_response: ResponseCheck = raise_for_api_error, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check_response = check_response

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        # A query-parameter credential goes in with the call's own parameters (see _query_auth: one URL parse).
        kwargs["params"], kwargs["extensions"] = with_query_credentials(
            self.auth, kwargs.get("params"), kwargs.get("extensions")
        )
        return super().build_request(method, url, **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _transport_error(request, exc) from exc
        if not kwargs.get("stream"):
            self._check_response(response)
        return response


class CheckedAsyncClient(httpx.AsyncClient):
    """The async twin of CheckedClient."""

    def __init__(self, *, check_response: ResponseCheck = raise_for_api_error, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check_response = check_response

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        kwargs["params"], kwargs["extensions"] = with_query_credentials(
            self.auth, kwargs.get("params"), kwargs.get("extensions")
        )
        return super().build_request(method, url, **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise _transport_error(request, exc) from exc
        if not kwargs.get("stream"):
            self._check_response(response)
        return response

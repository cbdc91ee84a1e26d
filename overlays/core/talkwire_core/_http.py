"""The top of a talkwire client's stack: httpx clients that send a vendor's credentials where its operation table
says, and raise talkwire's typed errors: every non-2xx response, and every transport failure, becomes an exception
before generated code sees it (so a documented 401 never turns into ``None``).

They also hold what applies to a call as a whole:

- its deadline (the ``deadline=`` option, or a ``with_options`` view's; see _deadline), set around everything the
  call does;
- the client's headers (talkwire's User-Agent, the vendor's required headers, the caller's) on every request it
  sends, including those an auth flow makes (a token renewal);
- no credential follows a redirect to another origin: httpx drops the ``Authorization`` header there, a query
  credential (Vida's ``?token=``) is taken out of the redirected URL, and a credential exchange (a request of an
  operation whose spec security is empty, such as a login or a token refresh, or a renewal) is never re-sent to
  another origin: the redirect raises an ``APIError`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
from httpx._client import BaseClient  # what httpx.Client and AsyncClient share (httpx is pinned below 0.29)

from talkwire_core._body_checks import wire_status_of
from talkwire_core._call_options import DEADLINE_EXTENSION
from talkwire_core._deadline import current_deadline, deadline
from talkwire_core._operations import OPERATION_EXTENSION, OperationTable
from talkwire_core._operations import operation_of as operation_of  # also for _auth, which imports it from here
from talkwire_core._query_auth import QueryParamAuth
from talkwire_core._redact import redact
from talkwire_core._scrub import CREDENTIAL_HEADERS, ErrorMasking, scrub_chain
from talkwire_core.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    error_from_response,
    parse_json_body,
    vendor_error_fields,
)

# Called with every response that reached the client; raises the typed error it stands for, or returns.
ResponseCheck = Callable[[httpx.Response], None]
# A vendor's rules for its error bodies, given the status and the vendor's error code (None when the body has none).
ErrorClassRule = Callable[[int, str | None], type[APIError] | None]
ErrorHintRule = Callable[[int, str | None], str | None]


class TypedErrorCheck:
    """The typed-error check every client runs: the APIError subclass for the status (or the one the vendor's
    ``error_class`` rule picks), with hints saying what the status alone does not: the vendor's, the scopes a 403's
    operation needs (``x-required-scopes``), and the status that came over the wire when the body implied another."""

    def __init__(
        self,
        operations: OperationTable,
        *,
        error_class: ErrorClassRule | None = None,
        error_hint: ErrorHintRule | None = None,
    ) -> None:
        self._operations = operations
        self._error_class = error_class
        self._error_hint = error_hint

    def __call__(self, response: httpx.Response) -> None:
        if not response.is_success:
            raise self.error_for(response)

    def error_for(self, response: httpx.Response) -> APIError:
        body = parse_json_body(response)
        code, _ = vendor_error_fields(body)
        status = response.status_code
        hints = [
            self._error_hint(status, code) if self._error_hint else None,
            self._scope_hint(response),
            _wire_status_hint(response),
        ]
        return error_from_response(
            response,
            body=body,
            hint=" - ".join(hint for hint in hints if hint) or None,
            as_class=self._error_class(status, code) if self._error_class else None,
        )

    def _scope_hint(self, response: httpx.Response) -> str | None:
        operation = operation_of(response.request)
        if response.status_code != 403 or operation is None or operation not in self._operations:
            return None
        scopes = self._operations[operation]["scopes"]
        if not scopes:
            return None
        needed = ", ".join(f"`{scope}`" for scope in scopes)
        return f"this token lacks the {needed} {'scope' if len(scopes) == 1 else 'scopes'} that {operation} requires"


def _wire_status_hint(response: httpx.Response) -> str | None:
    wire = wire_status_of(response)
    if wire == response.status_code:
        return None
    return f"sent with HTTP {wire}; its body reports an error, treated as {response.status_code}"


def _transport_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    """The typed error for a request that got no usable response; `exc` and its chain are scrubbed in place (the
    typed error is raised from it)."""
    masking = ErrorMasking(request=request)  # the request's credentials, worked out once for the whole error
    scrub_chain(exc, masking)
    copy = masking.copy_of(request)  # the one the chain's httpx exception now holds too
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    reason = f"{type(exc).__name__}: {str(exc) or type(exc).__name__}"
    current = current_deadline()
    if kind is APITimeoutError and current is not None and current.remaining() <= 0:
        reason = f"{current} passed ({type(exc).__name__})"
    return kind(method=request.method, url=str(copy.url), reason=reason, request=copy)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def _keeps_origin(source: httpx.URL, target: httpx.URL) -> bool:
    """Same origin, or the same host moved from http to https (as httpx judges it for ``Authorization``)."""
    if _origin(source) == _origin(target):
        return True
    return source.scheme == "http" and target.scheme == "https" and source.host == target.host


class _Credentials:
    """Where a client's credentials go: on every request except those of the operations whose spec security is
    empty (a login, a token refresh, a public endpoint), which are sent without the client's auth flow."""

    def __init__(self, public_operations: frozenset[str]) -> None:
        self.public_operations = public_operations

    def is_public(self, extensions: Mapping[str, Any] | None) -> bool:
        return bool(self.public_operations) and (extensions or {}).get(OPERATION_EXTENSION) in self.public_operations

    def build_args(self, auth: httpx.Auth | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        # A query-parameter credential goes in with the call's own parameters (see _query_auth: one URL parse).
        if isinstance(auth, QueryParamAuth) and not self.is_public(kwargs.get("extensions")):
            kwargs["params"], kwargs["extensions"] = auth.placed(kwargs.get("params"), kwargs.get("extensions"))
        return kwargs

    def send_args(self, request: httpx.Request, kwargs: dict[str, Any]) -> dict[str, Any]:
        if (
            self.is_public(request.extensions)
            and kwargs.get("auth", httpx.USE_CLIENT_DEFAULT) is httpx.USE_CLIENT_DEFAULT
        ):
            kwargs["auth"] = None
        return kwargs

    def guard_redirect(
        self, auth: httpx.Auth | None, request: httpx.Request, response: httpx.Response, redirect: httpx.Request
    ) -> httpx.Request:
        """`redirect` (httpx's request for following `response`) with no credential left for another origin, or an
        APIError when the body it would re-send is a credential exchange."""
        if _keeps_origin(request.url, redirect.url):
            return redirect
        exchange = self.is_public(request.extensions) or auth_is_renewing(request)
        if exchange and redirect.method == request.method and _has_body(request):
            port = f":{redirect.url.port}" if redirect.url.port else ""
            target = redact(f"{redirect.url.scheme}://{redirect.url.host}{port}")
            raise APIError(
                status_code=response.status_code,
                method=request.method,
                url=str(request.url),
                response=response,
                hint=f"redirected to {target}, another origin: not followed, since the request's body is a "
                "credential exchange, which never goes to another origin",
            )
        if isinstance(auth, QueryParamAuth) and auth.name in redirect.url.params:
            redirect.url = redirect.url.copy_remove_param(auth.name)
        return redirect


# The request extension a renewing auth flow sets on the requests it makes (see _auth).
RENEWAL_EXTENSION = "talkwire_renewal"


def auth_is_renewing(request: httpx.Request) -> bool:
    return bool(request.extensions.get(RENEWAL_EXTENSION))


def _has_body(request: httpx.Request) -> bool:
    return request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers


def _fill_client_headers(client_headers: httpx.Headers, request: httpx.Request) -> None:
    """Give `request` the client's headers it lacks (an auth flow's request is built without the client), never
    a credential header."""
    for name, value in client_headers.multi_items():
        if name not in request.headers and name.lower() not in CREDENTIAL_HEADERS:
            request.headers[name] = value


def _with_hook(event_hooks: Mapping[str, list[Callable[..., Any]]] | None, hook: Callable[..., Any]) -> dict[str, Any]:
    hooks = {name: list(functions) for name, functions in (event_hooks or {}).items()}
    hooks["request"] = [hook, *hooks.get("request", [])]
    return hooks


def _release_stream(response: httpx.Response) -> None:
    """Break the reference cycle of a response whose body has been read and whose stream is closed: httpx binds the
    stream to its response (``Response.stream`` <-> its ``response``), so a dropped response would be freed only by
    the garbage collector, and a response alive during a long parse is promoted to its oldest generation, where it
    waits for a full collection (a paging walk piled them up). Its body stays readable (``content``, ``iter_bytes``),
    as it is for a response built with ``content=``."""
    if response.is_closed and response.is_stream_consumed:
        response.stream = httpx.ByteStream(response.content)


class _CheckedBase(BaseClient):
    """What CheckedClient and CheckedAsyncClient share: their options, credential placement and redirect guard. Ahead
    of httpx.Client / httpx.AsyncClient in their MRO, so ``super().__init__`` reaches the one they are."""

    def __init__(
        self,
        *,
        check_response: ResponseCheck,
        public_operations: frozenset[str],
        deadline: float | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs["event_hooks"] = _with_hook(kwargs.get("event_hooks"), self._client_headers_hook)
        super().__init__(**kwargs)
        self._check_response = check_response
        self._credentials = _Credentials(public_operations)
        self._deadline = deadline

    _client_headers_hook: Callable[[httpx.Request], Any]

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, url, **self._credentials.build_args(self.auth, kwargs))

    def _build_redirect_request(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        redirect = super()._build_redirect_request(request, response)
        return self._credentials.guard_redirect(self.auth, request, response, redirect)


class CheckedClient(_CheckedBase, httpx.Client):
    """An httpx.Client that places credentials by the operation table, bounds each call by its deadline, and whose
    ``send`` raises typed errors (after auth flows and retries have had their turn)."""

    def _client_headers_hook(self, request: httpx.Request) -> None:
        _fill_client_headers(self.headers, request)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        seconds = request.extensions.get(DEADLINE_EXTENSION, self._deadline)
        if seconds is None:  # the caller's deadline, if any, is already in the context
            return self._checked_send(request, kwargs)
        with deadline(seconds):
            return self._checked_send(request, kwargs)

    def _checked_send(self, request: httpx.Request, kwargs: dict[str, Any]) -> httpx.Response:
        try:
            response = super().send(request, **self._credentials.send_args(request, kwargs))
        except httpx.RequestError as exc:
            raise _transport_error(request, exc) from exc
        if not kwargs.get("stream"):
            _release_stream(response)
            self._check_response(response)
        return response


class CheckedAsyncClient(_CheckedBase, httpx.AsyncClient):
    """The async twin of CheckedClient."""

    async def _client_headers_hook(self, request: httpx.Request) -> None:
        _fill_client_headers(self.headers, request)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        seconds = request.extensions.get(DEADLINE_EXTENSION, self._deadline)
        if seconds is None:
            return await self._checked_send(request, kwargs)
        with deadline(seconds):
            return await self._checked_send(request, kwargs)

    async def _checked_send(self, request: httpx.Request, kwargs: dict[str, Any]) -> httpx.Response:
        try:
            response = await super().send(request, **self._credentials.send_args(request, kwargs))
        except httpx.RequestError as exc:
            raise _transport_error(request, exc) from exc
        if not kwargs.get("stream"):
            _release_stream(response)
            self._check_response(response)
        return response

"""The typed error hierarchy every talkwire client raises.

Every non-2xx response becomes an ``APIError`` subclass chosen by status, carrying the status, the redacted
request line, the vendor's error code and message when the body has them, the request id, and a short redacted
excerpt of the body. Bodies that are not JSON (a proxy's HTML 502, an empty or truncated body) give the same typed
error. Nothing here ever prints a secret: every string passes through ``redact``, a body excerpt is redacted before
it is cut (a secret straddling the cut would otherwise escape the match), the request an error carries is a redacted
copy (see _scrub), the exceptions it was raised from are scrubbed, and a pickled error carries its fields redacted,
without the live response.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

from talkwire_core._redact import ExtraSecrets, redact
from talkwire_core._scrub import ErrorMasking, redact_response_requests, scrub_chain

if TYPE_CHECKING:
    from talkwire_core._field_errors import FieldError as FieldError

_EXCERPT_LIMIT = 300
# How much of a body is decoded and redacted before the excerpt is cut from it: more than the excerpt, since masking
# shortens text, but not a whole body, which may be megabytes (a secret cut at this edge is masked as a prefix).
_EXCERPT_SOURCE_LIMIT = 4096
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray")


class TalkwireError(Exception):
    """Base of every error a talkwire client raises.

    Every one pickles (task queues, multiprocessing) with its arguments and fields, whatever its ``__init__`` takes:
    strings redacted once more, and the live ``response`` / ``request`` left behind (they carry headers and bodies).
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(arg) if isinstance(arg, str) else arg for arg in args))

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _portable(value) for name, value in self.__dict__.items()}
        return (_restore_error, (type(self), tuple(_portable(arg) for arg in self.args), state))


def _portable(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes):  # a body (UnexpectedStatus.content)
        text = value.decode("utf-8", errors="replace")
        redacted = redact(text)
        return value if redacted == text else redacted.encode()
    if isinstance(value, httpx.Request | httpx.Response):
        return None
    return value


def _cut(text: str, limit: int = _EXCERPT_LIMIT) -> str:
    """`text` (already redacted: a cut would leave the prefix of a secret unmatched) cut to `limit` characters."""
    return text if len(text) <= limit else text[:limit] + "..."


def _restore_error(cls: type[TalkwireError], args: tuple[Any, ...], state: dict[str, Any]) -> TalkwireError:
    # Not cls(*args): subclasses take keyword-only fields, and a message passed back in would be wrapped twice.
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIError(TalkwireError):
    """The vendor answered with an error (a non-2xx status, or an error envelope).

    ``response`` is the live response (not pickled); ``request`` (also ``response.request``) is a redacted copy of
    the request that got it.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        vendor_code: str | None = None,
        vendor_message: str | None = None,
        request_id: str | None = None,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
        hint: str | None = None,
        field_errors: tuple[FieldError, ...] = (),
        rate_limit: dict[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = redact(url)
        self.vendor_code = vendor_code
        self.vendor_message = redact(vendor_message) if vendor_message else None
        self.request_id = request_id
        self.body_excerpt = redact(body_excerpt)
        self.response = response
        self.request = redact_response_requests(response) if response is not None else None
        self.hint = hint
        self.field_errors = field_errors
        self.rate_limit = rate_limit or {}
        super().__init__(self._message())

    @property
    def request_line(self) -> str:
        return f"{self.method} {self.url}"

    def _message(self) -> str:
        parts = [f"{self.status_code} from {self.request_line}"]
        if self.vendor_code or self.vendor_message:
            code = f"[{self.vendor_code}] " if self.vendor_code else ""
            parts.append(f"{code}{self.vendor_message or ''}".strip())
        if self.field_errors:
            parts.append("; ".join(str(error) for error in self.field_errors))
        if self.hint:
            parts.append(self.hint)
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        if not (self.vendor_code or self.vendor_message or self.field_errors) and self.body_excerpt:
            parts.append(f"body: {self.body_excerpt}")
        return ": ".join(parts[:1]) + (" - " + " - ".join(parts[1:]) if len(parts) > 1 else "")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, request={self.request_line!r}, vendor_code={self.vendor_code!r})"


class BadRequestError(APIError):
    """400 or 422: the vendor rejected the request's content; ``field_errors`` lists FastAPI-style details."""


class AuthenticationError(APIError):
    """401, or a credential exchange (login, token refresh) that failed."""


class PermissionDeniedError(APIError):
    """403: the credentials are valid but not allowed to do this (e.g. a missing scope)."""


class NotFoundError(APIError):
    """404."""


class ConflictError(APIError):
    """409."""


class RateLimitError(APIError):
    """429; ``retry_after`` is the wait in seconds the vendor asked for, when it said."""

    @property
    def retry_after(self) -> float | None:
        from talkwire_core._retry_after import retry_after_seconds

        return retry_after_seconds(self.response) if self.response is not None else None


class ServerError(APIError):
    """5xx."""


class APIConnectionError(TalkwireError):
    """The request did not get a response (connection refused, reset, DNS, TLS, too many redirects); ``request`` is
    a redacted copy of it, when known."""

    def __init__(self, *, method: str, url: str, reason: str, request: httpx.Request | None = None) -> None:
        masking = ErrorMasking(request=request)
        self.method = method
        self.url = masking.text(url)
        self.reason = masking.text(reason)
        self.request = masking.copy_of(request) if request is not None else None
        super().__init__(f"{method} {self.url}: {self.reason}")


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ResponseValidationError(TalkwireError):
    """A 2xx body does not fit the spec (missing required field, wrong type, not JSON)."""

    def __init__(
        self, *, operation: str, method: str, path: str, status_code: int, field: str | None, reason: str
    ) -> None:
        self.operation = operation
        self.method = method
        self.path = path
        self.status_code = status_code
        self.field = field
        self.reason = redact(reason)
        where = f"field {field!r}" if field else "body"
        super().__init__(
            f"{operation} ({method} {path}) got a {status_code} response whose {where} does not fit the spec: {self.reason}"
        )

    @classmethod
    def from_exception(
        cls,
        *,
        operation: str,
        method: str,
        path: str,
        status_code: int,
        exc: BaseException,
        failure: tuple[str, str] | None = None,
    ) -> ResponseValidationError:
        """Build from what the generated model code raised: `failure` is the (field, reason) the models recorded
        (e.g. ``("conversations[3].user.id", "required field missing")``), else a KeyError names a missing field.
        `exc` and its chain are scrubbed in place (see _scrub): the error is raised from it, and a value that failed
        to parse may be a token the server echoed."""
        scrub_chain(exc)
        if failure is not None:
            field, reason = failure
            return cls(
                operation=operation, method=method, path=path, status_code=status_code, field=field, reason=reason
            )
        if isinstance(exc, KeyError) and exc.args:
            return cls(
                operation=operation,
                method=method,
                path=path,
                status_code=status_code,
                field=str(exc.args[0]),
                reason="required field missing",
            )
        if isinstance(exc, json.JSONDecodeError):
            reason = f"not valid JSON ({exc.msg} at position {exc.pos})"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return cls(operation=operation, method=method, path=path, status_code=status_code, field=None, reason=reason)


class WebhookVerificationError(TalkwireError):
    """A webhook delivery failed verification; ``reason`` says which check failed."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = _cut(redact(detail))
        super().__init__(f"webhook rejected: {reason}" + (f" ({self.detail})" if detail else ""))


class PagingError(TalkwireError, TypeError):
    """A walk through a list's pages cannot go on: the operation declares no paging (or not one that fits its
    response), or the server broke it (a position or a page's content repeats, or it says more pages follow and
    sends none). ``operation`` and ``page`` (the page of the walk at fault, from 1) name it when known.

    A TypeError too, as it was when it only reported declarations."""

    def __init__(self, message: str, *, operation: str | None = None, page: int | None = None) -> None:
        self.operation = operation
        self.page = page
        super().__init__(message)


_ERROR_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIError]:
    if status_code >= 500:
        return ServerError
    return _ERROR_BY_STATUS.get(status_code, APIError)


def parse_json_body(response: httpx.Response) -> Any:
    """The decoded JSON body, or None when it is empty, not JSON, or truncated."""
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        return None


def vendor_error_fields(body: Any) -> tuple[str | None, str | None]:
    """(code, message) from the common error-body shapes our vendors use, else (None, None).

    Shapes: ``{"error": {"code", "message"}}``, ``{"error_code", "message"}``, ``{"code", "message"}``,
    ``{"statusCode", "message"}``, ``{"error": "text", "message"}``, ``{"detail": "text"}``.
    """
    if not isinstance(body, dict):
        return None, None
    nested = body.get("error")
    if isinstance(nested, dict):
        return _text(nested.get("code")), _text(nested.get("message"))
    code = body.get("error_code", body.get("code", body.get("statusCode")))
    message = body.get("message")
    if message is None and isinstance(nested, str):
        message = nested
    if message is None and isinstance(body.get("detail"), str):
        message = body["detail"]
    return _text(code), _text(message)


def field_errors_of(body: Any, *, also: tuple[str, ...] | ExtraSecrets = ()) -> tuple[FieldError, ...]:
    """FastAPI's ``{"detail": [{"loc": [...], "msg": ..., "type": ...}]}`` as FieldErrors."""
    if not isinstance(body, dict) or not isinstance(body.get("detail"), list):
        return ()
    from talkwire_core._field_errors import FieldError  # see __getattr__ below

    errors = []
    for item in body["detail"]:
        if isinstance(item, dict):
            location = tuple(part for part in item.get("loc", ()) if isinstance(part, str | int))
            message = redact(item.get("msg", ""), also=also)
            errors.append(FieldError(location=location, message=message, kind=_text(item.get("type"))))
    return tuple(errors)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def request_id_of(response: httpx.Response) -> str | None:
    for header in _REQUEST_ID_HEADERS:
        if header in response.headers:
            return response.headers[header]
    return None


def body_excerpt_of(response: httpx.Response, *, also: tuple[str, ...] | ExtraSecrets = ()) -> str:
    """The start of the body on one line, at most _EXCERPT_LIMIT characters: redacted first, then cut."""
    source = response.content[:_EXCERPT_SOURCE_LIMIT].decode("utf-8", errors="replace")
    text = " ".join(redact(source, also=also).split())
    cut = len(text) > _EXCERPT_LIMIT or len(response.content) > _EXCERPT_SOURCE_LIMIT
    return text[:_EXCERPT_LIMIT] + ("..." if cut else "")


def error_from_response(
    response: httpx.Response,
    *,
    hint: str | None = None,
    body: Any = None,
    as_class: type[APIError] | None = None,
) -> APIError:
    """The typed error for a response that is not a success (class chosen by status unless `as_class`).

    ``body`` may be passed when already decoded.
    """
    if body is None:
        body = parse_json_body(response)
    code, message = vendor_error_fields(body)
    request = response.request
    # What the request carried is masked in what the body echoes, even a credential no client registered; worked out
    # once, with the response's requests redacted by it (the error's constructor finds them redacted already).
    masking = ErrorMasking(request=request)
    redact_response_requests(response, masking)
    return (as_class or error_class_for(response.status_code))(
        status_code=response.status_code,
        method=request.method,
        url=masking.text(request.url),
        vendor_code=code,
        vendor_message=None if message is None else masking.text(message),
        request_id=request_id_of(response),
        body_excerpt=body_excerpt_of(response, also=masking.extra),
        response=response,
        hint=hint,
        field_errors=field_errors_of(body, also=masking.extra),
        rate_limit=rate_limit_headers(response),
    )


def rate_limit_headers(response: httpx.Response) -> dict[str, str]:
    """The ``X-RateLimit-*`` headers of a response, keyed by their lower-case names."""
    return {name: value for name, value in response.headers.items() if name.lower().startswith("x-ratelimit-")}


class ClientOptionError(TalkwireError, ValueError):
    """A client option (or an ``httpx_args`` key) that cannot be honoured, refused when the client is built.

    ``option`` names it as the caller spelled it (``retry.max_retries``, ``httpx_args['mounts']``).
    """

    def __init__(self, option: str, problem: str) -> None:
        self.option = option
        self.problem = problem
        super().__init__(f"{option}: {problem}")


def __getattr__(name: str) -> Any:
    # FieldError, a dataclass, is defined in its own module: it (and dataclasses) load when a body with field errors
    # is read or the name is first used, not with every program that imports talkwire.
    if name == "FieldError":
        from talkwire_core._field_errors import FieldError

        return FieldError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "FieldError"])

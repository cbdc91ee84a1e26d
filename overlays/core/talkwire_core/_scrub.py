"""What a talkwire error keeps of a request and of the exceptions under it, with every secret masked.

An error is looked at whole: its message, the request and response it carries, and the chain of exceptions it was
raised from (``__cause__`` / ``__context__``), which ``traceback.format_exc()``, logging's ``exc_info`` and error
trackers all print. So:

- the request an error carries (``err.request``, ``err.response.request``, the ``.request`` of an httpx exception
  in its chain) is a copy with its URL, headers and body redacted, and credential headers masked whole;
- the exceptions an error was raised from are scrubbed in place before it is raised: their arguments, their string
  attributes and the requests they hold, masked the same way (they belong to the failed call, which hands them to
  nobody else).

Besides the values clients registered, the credentials the request itself carried are masked (``credentials_of``):
an ``authorization`` header parameter of one call, for instance, is known to no client. One error works them out once
(``ErrorMasking``): each request's credentials, their spellings, and one redacted copy of each request it meets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from talkwire_core._redact import MASK, SECRET_KEYS, ExtraSecrets, redact

# Headers whose whole value is a credential.
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-auth-token", "x-access-token"}
)
# A body larger than this is left out of an error's copy of the request rather than redacted (an upload of
# megabytes says nothing about the failure, and masking it would cost more than the call).
BODY_COPY_LIMIT = 64 * 1024
_SECRET_PARAMETERS = frozenset(SECRET_KEYS)


def credentials_of(request: httpx.Request) -> tuple[str, ...]:
    """The credentials `request` carries: its credential headers' values (and the token after a scheme such as
    ``Bearer``) and its secret query parameters' values."""
    found: list[str] = []
    for name, value in request.headers.multi_items():
        if name.lower() in CREDENTIAL_HEADERS:
            found.append(value)
            scheme, _, credential = value.partition(" ")
            if credential and scheme.isalpha():
                found.append(credential.strip())
    found += [value for key, value in request.url.params.multi_items() if key.lower() in _SECRET_PARAMETERS]
    return tuple(value for value in found if value)


# Marks an error's redacted copy of a request: met again while the same error is built (the request of an exception
# in its chain, the response's request), it is already what it should be.
REDACTED_COPY_EXTENSION = "talkwire_redacted_copy"


class ErrorMasking:
    """What one error masks, worked out once for it: `also`, the credentials each request it meets carried
    (``credentials_of``, once per request), their spellings (``ExtraSecrets``), and one redacted copy per request.

    Made for one error and dropped with it: it holds secrets, so no error keeps it (its repr shows none, and it refuses
    to be pickled)."""

    __slots__ = ("_carried", "_copies", "extra")

    def __init__(self, also: Iterable[str] | ExtraSecrets = (), request: httpx.Request | None = None) -> None:
        """`request`: the one the error is about; its credentials are in ``extra``, masked in all the error's texts."""
        self.extra = ExtraSecrets(also)
        self._copies: dict[httpx.Request, httpx.Request] = {}
        self._carried: dict[httpx.Request, ExtraSecrets] = {}
        if request is not None:
            self.extra = self._carried[request] = self._with_credentials_of(request)

    def __repr__(self) -> str:
        return f"ErrorMasking({len(self._copies)} requests)"

    def __reduce__(self) -> Any:
        raise TypeError("ErrorMasking holds secrets: it is not pickled")

    def _with_credentials_of(self, request: httpx.Request) -> ExtraSecrets:
        if request.extensions.get(REDACTED_COPY_EXTENSION):
            return self.extra  # a copy carries masks, not credentials
        return self.extra.extended(credentials_of(request))

    def text(self, text: object) -> str:
        return redact(text, also=self.extra)

    def copy_of(self, request: httpx.Request) -> httpx.Request:
        """The error's redacted copy of `request` (made on first use; a copy is its own)."""
        if request.extensions.get(REDACTED_COPY_EXTENSION):
            return request
        copy = self._copies.get(request)
        if copy is None:
            extra = self._carried.get(request) or self._with_credentials_of(request)
            copy = self._copies[request] = _redacted_copy(request, extra)
        return copy


def _masking(also: Iterable[str] | ErrorMasking) -> ErrorMasking:
    return also if isinstance(also, ErrorMasking) else ErrorMasking(also)


def _body_of(request: httpx.Request, extra: ExtraSecrets) -> bytes:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed body: it has gone, and the copy goes without it
        return b""
    if len(content) > BODY_COPY_LIMIT:
        return b""
    text = content.decode("utf-8", errors="replace")
    masked = redact(text, also=extra)
    return content if masked == text else masked.encode()


def _redacted_copy(request: httpx.Request, extra: ExtraSecrets) -> httpx.Request:
    headers = [
        (name, MASK if name.lower() in CREDENTIAL_HEADERS else redact(value, also=extra))
        for name, value in request.headers.multi_items()
    ]
    # The original's Content-Length is kept: the copy records what was sent.
    return httpx.Request(
        request.method,
        redact(request.url, also=extra),
        headers=headers,
        content=_body_of(request, extra),
        extensions={**request.extensions, REDACTED_COPY_EXTENSION: True},
    )


def redacted_request(request: httpx.Request, also: Iterable[str] | ErrorMasking = ()) -> httpx.Request:
    """A copy of `request` to keep on an error: URL, headers and body redacted (credential headers masked whole, and
    the credentials it carried wherever they appear), the body left out when it was streamed or is larger than
    BODY_COPY_LIMIT. Extensions are kept (the operation name, the timeouts). A copy is returned as it is."""
    return _masking(also).copy_of(request)


def redact_response_requests(response: httpx.Response, also: Iterable[str] | ErrorMasking = ()) -> httpx.Request | None:
    """Replace the requests `response` holds (its own, its redirect history's, its next request's) with redacted
    copies; returns the copy of its own request (None for a response made without one)."""
    masking = _masking(also)
    try:
        own = response.request
    except RuntimeError:  # httpx: "The request instance has not been set on this response."
        return None
    copy = masking.copy_of(own)
    response.request = copy
    for earlier in response.history:
        earlier.request = masking.copy_of(earlier.request)
    if response.next_request is not None:
        response.next_request = masking.copy_of(response.next_request)
    return copy


def _scrubbed(value: Any, masking: ErrorMasking) -> Any:
    if isinstance(value, str):
        return masking.text(value)
    if isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace")
        masked = masking.text(text)
        return value if masked == text else masked.encode()
    if isinstance(value, httpx.Request):
        return masking.copy_of(value)
    if isinstance(value, httpx.Response):
        redact_response_requests(value, masking)
        return value
    if isinstance(value, tuple | list):
        return type(value)(_scrubbed(item, masking) for item in value)
    return value


def scrub_chain(exc: BaseException | None, also: Iterable[str] | ErrorMasking = ()) -> None:
    """Mask secrets, in place, in `exc` and every exception of its chain (causes and contexts): arguments,
    string attributes (an OSError's ``strerror`` and file names too), notes, and requests held (httpx exceptions
    keep theirs)."""
    masking = _masking(also)
    pending = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.args = _scrubbed(current.args, masking)
        state = getattr(current, "__dict__", None)
        if state is not None:
            for name, value in list(state.items()):
                state[name] = _scrubbed(value, masking)
        if isinstance(current, OSError):
            for name in ("strerror", "filename", "filename2"):
                value = getattr(current, name)
                if isinstance(value, str):
                    setattr(current, name, masking.text(value))
        pending += [current.__cause__, current.__context__]

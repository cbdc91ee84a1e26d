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
an ``authorization`` header parameter of one call, for instance, is known to no client.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from talkwire_core._redact import MASK, SECRET_KEYS, redact

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


def _body_of(request: httpx.Request, also: Iterable[str]) -> bytes:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed body: it has gone, and the copy goes without it
        return b""
    if len(content) > BODY_COPY_LIMIT:
        return b""
    text = content.decode("utf-8", errors="replace")
    masked = redact(text, also=also)
    return content if masked == text else masked.encode()


def redacted_request(request: httpx.Request, also: Iterable[str] = ()) -> httpx.Request:
    """A copy of `request` to keep on an error: URL, headers and body redacted (credential headers masked whole),
    the body left out when it was streamed or is larger than BODY_COPY_LIMIT. Extensions are kept (the operation
    name, the timeouts)."""
    also = (*also, *credentials_of(request))
    headers = [
        (name, MASK if name.lower() in CREDENTIAL_HEADERS else redact(value, also=also))
        for name, value in request.headers.multi_items()
    ]
    body = _body_of(request, also)
    # The original's Content-Length is kept: the copy records what was sent.
    return httpx.Request(
        request.method,
        redact(request.url, also=also),
        headers=headers,
        content=body,
        extensions=dict(request.extensions),
    )


def redact_response_requests(response: httpx.Response, also: Iterable[str] = ()) -> httpx.Request | None:
    """Replace the requests `response` holds (its own, its redirect history's, its next request's) with redacted
    copies; returns the copy of its own request (None for a response made without one)."""
    also = tuple(also)
    try:
        own = response.request
    except RuntimeError:  # httpx: "The request instance has not been set on this response."
        return None
    copy = redacted_request(own, also)
    response.request = copy
    for earlier in response.history:
        earlier.request = redacted_request(earlier.request, also)
    if response.next_request is not None:
        response.next_request = redacted_request(response.next_request, also)
    return copy


def _scrubbed(value: Any, also: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact(value, also=also)
    if isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace")
        masked = redact(text, also=also)
        return value if masked == text else masked.encode()
    if isinstance(value, httpx.Request):
        return redacted_request(value, also)
    if isinstance(value, httpx.Response):
        redact_response_requests(value, also)
        return value
    if isinstance(value, tuple | list):
        return type(value)(_scrubbed(item, also) for item in value)
    return value


def scrub_chain(exc: BaseException | None, also: Iterable[str] = ()) -> None:
    """Mask secrets, in place, in `exc` and every exception of its chain (causes and contexts): arguments,
    string attributes (an OSError's ``strerror`` and file names too), notes, and requests held (httpx exceptions
    keep theirs)."""
    also = tuple(also)
    pending = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.args = _scrubbed(current.args, also)
        state = getattr(current, "__dict__", None)
        if state is not None:
            for name, value in list(state.items()):
                state[name] = _scrubbed(value, also)
        if isinstance(current, OSError):
            for name in ("strerror", "filename", "filename2"):
                value = getattr(current, name)
                if isinstance(value, str):
                    setattr(current, name, redact(value, also=also))
        pending += [current.__cause__, current.__context__]

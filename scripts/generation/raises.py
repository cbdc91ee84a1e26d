"""The errors a generated operation can raise through a talkwire client, for its docstrings and the reference.

What a caller gets is talkwire-core's typed errors (its README: Errors): every non-2xx status raises before the
generated parser runs, as the ``APIError`` subclass for the status; a failure with no response raises
``APIConnectionError`` (``APITimeoutError`` for a timeout or a passed deadline); a 2xx body that does not fit the
spec raises ``ResponseValidationError``; and a 2xx status the spec does not document raises the generated
``errors.UnexpectedStatus``. So an operation's list names its documented error statuses with their descriptions,
then what any call can meet, leaving out what cannot happen (a ``ResponseValidationError`` when no 2xx has a body,
``UnexpectedStatus`` when the spec covers every 2xx with ``2XX``). This mirrors talkwire_core.errors.error_class_for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scripts.spec.model import Operation, Spec
from scripts.spec.paging import pages_by_url

# talkwire_core.errors: the class for a status (5xx: ServerError, others not listed: APIError).
ERROR_BY_STATUS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "BadRequestError",
    429: "RateLimitError",
}
ANY_ERROR_STATUS = "any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)"
NO_RESPONSE = "no response (APITimeoutError: a timeout, or the call's deadline passed)"
BODY_MISFIT = "a 2xx body that does not fit the spec"
UNDOCUMENTED_SUCCESS = "a 2xx status the spec does not document"
PAGING = "the server breaks paging (a position or page repeated, more pages promised and none named)"
# Style url: the walk follows the URLs the responses name, and only on the client's own server.
PAGING_BY_URL = (
    "the server breaks paging (a page repeated, a next page's URL asked for already or not a URL) or names a next "
    "page off the client's server (another scheme, host or port, or outside its base path)"
)


@dataclass(frozen=True)
class Raised:
    """One line of a Raises section: the error class and when; `general`: any call can raise it."""

    error: str
    when: str
    general: bool = False


def error_class(status: str) -> str:
    """The talkwire error a documented status pattern (`404`, `5XX`, `default`) raises."""
    if status.isdigit():
        code = int(status)
        return "ServerError" if code >= 500 else ERROR_BY_STATUS.get(code, "APIError")
    return "ServerError" if status.upper() == "5XX" else "APIError"


def _description(response: dict[str, Any]) -> str:
    text = response.get("description")
    if not isinstance(text, str) or not text.strip():
        return ""
    return re.sub(r"\s+", " ", text).strip().rstrip(".")


def raised_by(spec: Spec, operation: Operation) -> tuple[Raised, ...]:
    """What calling `operation` can raise (walking it by auto-paging adds `paging_error`)."""
    by_error: dict[str, list[str]] = {}
    for response in operation.responses:
        status = response.status
        if status[:1] in "45" or status == "default":
            described = _description(response.node)
            label = status if status != "default" else "any other error status"
            by_error.setdefault(error_class(status), []).append(f"{label}{': ' + described if described else ''}")
    success_bodies = any(response.content for response in operation.successes)
    every_success = any(response.status.upper() == "2XX" for response in operation.successes)
    raised = [Raised(error, "; ".join(whens)) for error, whens in by_error.items()]
    secured = bool(operation.node.get("security", spec.document.get("security")))
    if secured and "AuthenticationError" not in by_error:
        raised.append(Raised("AuthenticationError", "401: the credentials were refused"))
    raised.append(Raised("APIError", ANY_ERROR_STATUS, general=True))
    raised.append(Raised("APIConnectionError", NO_RESPONSE, general=True))
    if success_bodies:
        raised.append(Raised("ResponseValidationError", BODY_MISFIT))
    if not every_success:
        raised.append(Raised("UnexpectedStatus", UNDOCUMENTED_SUCCESS))
    return tuple(raised)


def paging_error(operation: Operation) -> Raised:
    """What walking `operation` by auto-paging adds to what calling it can raise."""
    return Raised("PagingError", PAGING_BY_URL if pages_by_url(operation) else PAGING)

"""The names every vendor package re-exports, so that their public surfaces have one shape; and how a package
resolves the names it re-exports, each module imported when one of its names is first used (``lazy_exports``).

A vendor package's ``__init__`` lists ``*surface.__all__`` in its own ``__all__``, beside its client, and resolves
them with ``surface.reexported_by(__name__)``: every talkwire error (caught as ``talkwire_<vendor>.NotFoundError`` as
well as ``talkwire_core.NotFoundError``: the same class), the retry policy, the client options, the rate-limit
reader, ``deadline`` (a bound on every call made in a block) and the pagers a resource's ``list_all`` returns.

Lazily, through PEP 562 ``__getattr__`` and ``__dir__``, with the names imported under ``TYPE_CHECKING`` for type
checkers: a program that imports a vendor package and one operation pays for the client declaration it uses, not
for every module of talkwire-core (the client stack, retries, webhooks, paging, deadlines). ``from <package> import
X`` works for every ``X`` of ``__all__``, and ``from <package> import *`` imports them all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from talkwire_core._deadline import deadline
    from talkwire_core._operations import OperationTableError
    from talkwire_core._options import ClientOptions
    from talkwire_core._pager import AsyncPager, Pager
    from talkwire_core._rate_limit import RateLimit
    from talkwire_core._retry_policy import RetryPolicy
    from talkwire_core.errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientOptionError,
        ConflictError,
        FieldError,
        NotFoundError,
        PagingError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        TalkwireError,
        WebhookVerificationError,
    )

_ERRORS = "talkwire_core.errors"
# Each name and the module that defines it (the imports above, for type checkers).
WHERE: dict[str, str] = {
    "APIConnectionError": _ERRORS,
    "APIError": _ERRORS,
    "APITimeoutError": _ERRORS,
    "AsyncPager": "talkwire_core._pager",
    "AuthenticationError": _ERRORS,
    "BadRequestError": _ERRORS,
    "ClientOptionError": _ERRORS,
    "ClientOptions": "talkwire_core._options",
    "ConflictError": _ERRORS,
    "FieldError": _ERRORS,
    "NotFoundError": _ERRORS,
    "OperationTableError": "talkwire_core._operations",
    "Pager": "talkwire_core._pager",
    "PagingError": _ERRORS,
    "PermissionDeniedError": _ERRORS,
    "RateLimit": "talkwire_core._rate_limit",
    "RateLimitError": _ERRORS,
    "ResponseValidationError": _ERRORS,
    "RetryPolicy": "talkwire_core._retry_policy",
    "ServerError": _ERRORS,
    "TalkwireError": _ERRORS,
    "WebhookVerificationError": _ERRORS,
    "deadline": "talkwire_core._deadline",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptionError",
    "ClientOptions",
    "ConflictError",
    "FieldError",
    "NotFoundError",
    "OperationTableError",
    "Pager",
    "PagingError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "TalkwireError",
    "WebhookVerificationError",
    "deadline",
]


def lazy_exports(package: str, where: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of `package`, which re-exports each name of `where` from the module
    `where` gives for it; a name is looked up once and kept in the package's namespace."""

    def get(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # __import__ with a fromlist returns the module itself (importlib.import_module is the slower, Python path).
        value = getattr(__import__(module, fromlist=(name,)), name)
        setattr(sys.modules[package], name, value)
        return value

    def names() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return get, names


def reexported_by(
    package: str, also: Mapping[str, str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` a vendor package (`package`, its ``__name__``) resolves these names with,
    and `also` its own that load on first use (name: module)."""
    return lazy_exports(package, {**WHERE, **(also or {})})


__getattr__, __dir__ = reexported_by(__name__)

"""The names every vendor package re-exports, so that their public surfaces have one shape.

A vendor package's ``__init__`` does ``from talkwire_core.surface import *`` and lists ``*surface.__all__`` in its own
``__all__``, beside its client: every talkwire error (caught as ``talkwire_<vendor>.NotFoundError`` as well as
``talkwire_core.NotFoundError``: the same class), the retry policy, the client options, the rate-limit reader,
``deadline`` (a bound on every call made in a block) and the pagers a resource's ``list_all`` returns.
"""

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

"""talkwire-vida: a configured client for every operation of Vida's API (``talkwire_vida_api``).

from talkwire_vida import VidaClient
from talkwire_vida_api.api.authorization import list_tokens

with VidaClient(token="…") as vida:
    tokens = list_tokens.sync(client=vida)
"""

from talkwire_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
)

from talkwire_vida._auth import QueryTokenAuth
from talkwire_vida._client import PRODUCTION_URL, AsyncVidaClient, VidaClient

__all__ = [
    "PRODUCTION_URL",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncVidaClient",
    "AuthenticationError",
    "BadRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "QueryTokenAuth",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "VidaClient",
]

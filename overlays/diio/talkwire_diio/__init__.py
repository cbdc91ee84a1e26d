"""talkwire-diio: a configured client for every operation of diio's API (``talkwire_diio_api``).

from talkwire_diio import DiioClient
from talkwire_diio_api.api.meetings import list_meetings

with DiioClient(subdomain="acme", client_id=..., client_secret=..., refresh_token=...) as diio:
    first = list_meetings.sync(client=diio, page=1, limit=50)
    for meeting in diio.paginate(list_meetings):
        ...
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
    Token,
)

from talkwire_diio._auth import DiioRefreshAuth
from talkwire_diio._client import AsyncDiioClient, DiioClient, ExportFailedError, ExportTimeoutError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncDiioClient",
    "AuthenticationError",
    "BadRequestError",
    "DiioClient",
    "DiioRefreshAuth",
    "ExportFailedError",
    "ExportTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "Token",
]

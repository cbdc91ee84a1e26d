"""talkwire-diga: a configured client for every operation of diga's API (``talkwire_diga_api``).

from talkwire_diga import DigaClient
from talkwire_diga_api.api.calls import list_calls

with DigaClient(api_key="…") as diga:
    for call in diga.paginate(list_calls):
        ...

Webhooks: ``talkwire_diga.webhooks.verify_and_parse``.
"""

from talkwire_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    WebhookVerificationError,
)

from talkwire_diga._client import PRODUCTION_URL, AsyncDigaClient, DigaClient
from talkwire_diga._errors import IntegrationServerError

__all__ = [
    "PRODUCTION_URL",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncDigaClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DigaClient",
    "FieldError",
    "IntegrationServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "WebhookVerificationError",
]

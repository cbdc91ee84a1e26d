"""talkwire-dstny: a configured client for every operation of Dstny CI 2.0's REST API (``talkwire_dstny_api``).

from talkwire_dstny import DstnyClient
from talkwire_dstny_api.api.conversations import list_conversations

with DstnyClient(token="mt_…", host="ci.example.com") as dstny:
    for conversation in dstny.paginate(list_conversations):
        ...

Webhooks: ``talkwire_dstny.webhooks.verify_and_parse``.
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
    WebhookVerificationError,
)

from talkwire_dstny._client import SERVER_URL_TEMPLATE, AsyncDstnyClient, DstnyClient, base_url_for

__all__ = [
    "SERVER_URL_TEMPLATE",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncDstnyClient",
    "AuthenticationError",
    "BadRequestError",
    "DstnyClient",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "WebhookVerificationError",
    "base_url_for",
]

"""talkwire-vocelio: a configured client for every operation of Vocelio's API (``talkwire_vocelio_api``).

from talkwire_vocelio import VocelioClient
from talkwire_vocelio_api.api.calls import get_call

with VocelioClient(email="ops@example.com", password="…") as vocelio:
    call = get_call.sync(client=vocelio, call_id="call_12345").data
"""

from talkwire_core import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    Token,
    WebhookVerificationError,
)

from talkwire_vocelio._auth import API_VERSION, VocelioLoginAuth
from talkwire_vocelio._client import ENVIRONMENTS, AsyncVocelioClient, Environment, VocelioClient
from talkwire_vocelio._envelope import Unwrapped, unwrap
from talkwire_vocelio._uploads import clone_voice_request, file_part, upload_leads_request
from talkwire_vocelio.webhooks import verify_and_parse

__all__ = [
    "API_VERSION",
    "ENVIRONMENTS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncVocelioClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Environment",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "Token",
    "Unwrapped",
    "VocelioClient",
    "VocelioLoginAuth",
    "WebhookVerificationError",
    "clone_voice_request",
    "file_part",
    "unwrap",
    "upload_leads_request",
    "verify_and_parse",
]

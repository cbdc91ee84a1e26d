"""talkwire-vocelio: a configured client for every operation of Vocelio's API (``talkwire_vocelio_api``).

from talkwire_vocelio import VocelioClient
from talkwire_vocelio_api.api.calls import get_call

with VocelioClient(email="ops@example.com", password="…") as vocelio:
    call = get_call.sync(client=vocelio, call_id="call_12345").data
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from talkwire_vocelio.webhooks import verify_and_parse


def __getattr__(name: str) -> Any:
    # The webhook event models are pydantic models: a client that never receives a webhook should not pay for
    # importing pydantic, so `verify_and_parse` loads on first use.
    if name == "verify_and_parse":
        from talkwire_vocelio.webhooks import verify_and_parse

        return verify_and_parse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

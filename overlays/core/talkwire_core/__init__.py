"""talkwire-core: what every talkwire vendor client shares (errors, retries, redaction, paging, webhooks)."""

from talkwire_core._auth import RenewingBearerAuth, Token, jwt_expiry, public_operations
from talkwire_core._bearer import StaticBearerAuth
from talkwire_core._body_status import (
    WIRE_STATUS,
    BodyStatusTransport,
    raise_for_api_error_noting_wire_status,
    wire_status_of,
)
from talkwire_core._client import DEFAULT_TIMEOUT, ClientSettings
from talkwire_core._http import operation_of, raise_for_api_error, scope_aware_check
from talkwire_core._paging import PagingError, aiterate_pages, apaginate, iterate_pages, paginate
from talkwire_core._query_auth import QueryParamAuth
from talkwire_core._rate_limit import RateLimit
from talkwire_core._redact import redact, register_secret
from talkwire_core._retry_policy import RetryPolicy
from talkwire_core._vendor_client import VendorClientMixin
from talkwire_core.errors import (
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
    ServerError,
    TalkwireError,
    WebhookVerificationError,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "WIRE_STATUS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BodyStatusTransport",
    "ClientSettings",
    "ConflictError",
    "FieldError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "QueryParamAuth",
    "RateLimit",
    "RateLimitError",
    "RenewingBearerAuth",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "StaticBearerAuth",
    "TalkwireError",
    "Token",
    "VendorClientMixin",
    "WebhookVerificationError",
    "aiterate_pages",
    "apaginate",
    "iterate_pages",
    "jwt_expiry",
    "operation_of",
    "paginate",
    "public_operations",
    "raise_for_api_error",
    "raise_for_api_error_noting_wire_status",
    "redact",
    "register_secret",
    "scope_aware_check",
    "wire_status_of",
]

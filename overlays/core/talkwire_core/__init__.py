"""talkwire-core: what every talkwire vendor client shares (the client assembly, auth flows, errors, retries,
redaction, paging, webhooks; ``talkwire_core.wire`` for the generated code's bodies). A vendor client is a declaration (``Vendor``) and a ``VendorClient`` subclass; see README.md."""

from talkwire_core._assembly import ClientAssembly
from talkwire_core._auth import RenewingBearerAuth, Token, jwt_expiry
from talkwire_core._basic import BasicAuth
from talkwire_core._bearer import StaticBearerAuth
from talkwire_core._body_checks import WIRE_STATUS, ImpliedStatus, wire_status_of
from talkwire_core._credentials import checked_credential
from talkwire_core._http import ErrorClassRule, ErrorHintRule
from talkwire_core._operations import (
    OPERATION_EXTENSION,
    Operation,
    OperationTable,
    Pagination,
    operation_key,
    operation_of,
)
from talkwire_core._options import DEFAULT_TIMEOUT
from talkwire_core._paging import aiterate_pages, apaginate, iterate_pages, paginate
from talkwire_core._query_auth import QueryParamAuth
from talkwire_core._redact import redact, register_secret
from talkwire_core._vendor import Vendor
from talkwire_core._vendor_client import VendorClient
from talkwire_core.surface import *  # noqa: F403 (every error, RetryPolicy, ClientOptions, RateLimit)
from talkwire_core.surface import __all__ as _surface

__all__ = [
    *_surface,
    "DEFAULT_TIMEOUT",
    "BasicAuth",
    "OPERATION_EXTENSION",
    "WIRE_STATUS",
    "ClientAssembly",
    "ErrorClassRule",
    "ErrorHintRule",
    "ImpliedStatus",
    "Operation",
    "OperationTable",
    "Pagination",
    "QueryParamAuth",
    "RenewingBearerAuth",
    "StaticBearerAuth",
    "Token",
    "Vendor",
    "VendorClient",
    "aiterate_pages",
    "apaginate",
    "checked_credential",
    "iterate_pages",
    "jwt_expiry",
    "operation_key",
    "operation_of",
    "paginate",
    "redact",
    "register_secret",
    "wire_status_of",
]

"""talkwire-core: what every talkwire vendor client shares (the client assembly, auth flows, errors, retries,
redaction, paging, webhooks; ``talkwire_core.wire`` for the generated code's bodies). A vendor client is a declaration (``Vendor``) and a ``VendorClient`` subclass; see README.md.

Every name below is imported from its module when it is first used (see surface.lazy_exports): importing a vendor
package loads the declaration its client needs, and the client stack loads when a client is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from talkwire_core import surface
from talkwire_core.surface import lazy_exports

if TYPE_CHECKING:
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
    from talkwire_core.surface import *  # noqa: F403 (every error, RetryPolicy, ClientOptions, RateLimit, ...)

_OPERATIONS = "talkwire_core._operations"
_PAGING = "talkwire_core._paging"
# Each name beyond the surface's and the module that defines it (the imports above, for type checkers).
_WHERE: dict[str, str] = {
    **surface.WHERE,
    "DEFAULT_TIMEOUT": "talkwire_core._options",
    "BasicAuth": "talkwire_core._basic",
    "OPERATION_EXTENSION": _OPERATIONS,
    "WIRE_STATUS": "talkwire_core._body_checks",
    "ClientAssembly": "talkwire_core._assembly",
    "ErrorClassRule": "talkwire_core._http",
    "ErrorHintRule": "talkwire_core._http",
    "ImpliedStatus": "talkwire_core._body_checks",
    "Operation": _OPERATIONS,
    "OperationTable": _OPERATIONS,
    "Pagination": _OPERATIONS,
    "QueryParamAuth": "talkwire_core._query_auth",
    "RenewingBearerAuth": "talkwire_core._auth",
    "StaticBearerAuth": "talkwire_core._bearer",
    "Token": "talkwire_core._auth",
    "Vendor": "talkwire_core._vendor",
    "VendorClient": "talkwire_core._vendor_client",
    "aiterate_pages": _PAGING,
    "apaginate": _PAGING,
    "checked_credential": "talkwire_core._credentials",
    "iterate_pages": _PAGING,
    "jwt_expiry": "talkwire_core._auth",
    "operation_key": _OPERATIONS,
    "operation_of": _OPERATIONS,
    "paginate": _PAGING,
    "redact": "talkwire_core._redact",
    "register_secret": "talkwire_core._redact",
    "wire_status_of": "talkwire_core._body_checks",
}

__all__ = [
    *surface.__all__,
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

__getattr__, __dir__ = lazy_exports(__name__, _WHERE)

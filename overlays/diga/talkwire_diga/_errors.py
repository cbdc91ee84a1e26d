"""diga's error bodies as typed errors: ``{status, error_code, message}`` keeps its ``error_code`` as the error's
``vendor_code``, FastAPI's 422 ``detail`` list becomes ``field_errors`` (both done by talkwire-core), and the codes
whose HTTP status misleads get a precise class or hint from the rules here (declared in ``DIGA``)."""

from __future__ import annotations

from talkwire_core import APIError

# diga prefixes the errors of an integration's MCP server with this (spelled as sent).
MCP_CODE_PREFIX = "M_C_P_"


class IntegrationServerError(APIError):
    """An HTTP/MCP integration's own server failed or refused diga (``M_C_P_*`` codes), whatever the status.

    diga answers 401 ``M_C_P_AUTHENTICATION_FAILED`` when the MCP server rejects the integration's credentials;
    that is not a problem with your diga API key, so it is not an ``AuthenticationError``.
    """


# (status, code) first, then code alone: what the caller should know that the status does not say.
HINTS: dict[tuple[int, str] | str, str] = {
    (403, "INTERNAL_SERVER_ERROR"): "diga labels many permission refusals INTERNAL_SERVER_ERROR: the API key is "
    "most likely not allowed to do this (a restricted key, or a resource of another project)",
    "MISSING_PERMISSIONS": "the API key is restricted and lacks a permission this operation needs",
    "UNATHORIZED_ROLE": "your role in the project does not allow this",
    "INVALID_PAGINATION_PARAMETERS": "check `after`/`before`/`page`/`limit`: diga rejected the paging parameters",
    "M_C_P_AUTHENTICATION_FAILED": "the integration's MCP server rejected its credentials (your diga API key is fine)",
}


def error_hint(status_code: int, code: str | None) -> str | None:
    """What a diga error code says that its status does not (the declaration's ``error_hint`` rule)."""
    if code is None:
        return None
    return HINTS.get((status_code, code)) or HINTS.get(code)


def error_class(status_code: int, code: str | None) -> type[APIError] | None:
    """``IntegrationServerError`` for an integration's own failure, whatever the status (``error_class`` rule)."""
    return IntegrationServerError if code is not None and code.startswith(MCP_CODE_PREFIX) else None

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "delete",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "delete_project"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/project/{id}".format(
            id=quote(str(id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="delete_project",
            method="DELETE",
            path="/v1/project/{id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete a project

     Irreversible, removes all project data. 400 `LAST_PROJECT` when it is the caller's only project.

    Args:
        id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `LAST_PROJECT`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: The caller's project role does not allow this (`error_code` `UNATHORIZED_ROLE`,
            spelled so by the vendor)
        NotFoundError: 404: Not found (`error_code` `PROJECT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Delete a project

     Irreversible, removes all project data. 400 `LAST_PROJECT` when it is the caller's only project.

    Args:
        id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `LAST_PROJECT`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: The caller's project role does not allow this (`error_code` `UNATHORIZED_ROLE`,
            spelled so by the vendor)
        NotFoundError: 404: Not found (`error_code` `PROJECT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

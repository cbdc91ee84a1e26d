from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.export import Export
from ...types import Response


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_export"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/exports/{uuid}".format(
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Export:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_export",
            method="GET",
            path="/v1/exports/{uuid}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Export:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Export]:
    """Get an export

     Returns an export's processing status and, once `finished`, the `file_url` to download it from.

    Args:
        uuid (UUID):

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The access token is invalid, missing or expired; refresh it with `refreshToken`
        NotFoundError: 404: The requested resource was not found
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Export:
    """Get an export

     Returns an export's processing status and, once `finished`, the `file_url` to download it from.

    Args:
        uuid (UUID):

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The access token is invalid, missing or expired; refresh it with `refreshToken`
        NotFoundError: 404: The requested resource was not found
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Export
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Export]:
    """Get an export

     Returns an export's processing status and, once `finished`, the `file_url` to download it from.

    Args:
        uuid (UUID):

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The access token is invalid, missing or expired; refresh it with `refreshToken`
        NotFoundError: 404: The requested resource was not found
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Export:
    """Get an export

     Returns an export's processing status and, once `finished`, the `file_url` to download it from.

    Args:
        uuid (UUID):

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The access token is invalid, missing or expired; refresh it with `refreshToken`
        NotFoundError: 404: The requested resource was not found
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed

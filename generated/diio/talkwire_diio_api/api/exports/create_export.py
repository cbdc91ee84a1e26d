from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.create_export_request import CreateExportRequest
from ...models.created_export import CreatedExport
from ...types import Response


def _get_kwargs(
    *,
    body: CreateExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_export"},
        "url": "/v1/exports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedExport:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="create_export",
            method="POST",
            path="/v1/exports",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedExport:
    if response.status_code == 200:
        response_200 = CreatedExport.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreatedExport.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedExport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
) -> Response[CreatedExport]:
    """Create an export

     Starts an export of the account's meetings or phone calls as one JSON or CSV file; poll `getExport`
    until
    its status is `finished` (then `file_url` is set) or `error`. (The docs' one-line summary, "Creates
    a
    Phone Call to be analyzed", is a copy-paste slip from the phone calls page.)

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreateExportRequest):

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
        Response[CreatedExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
) -> CreatedExport:
    """Create an export

     Starts an export of the account's meetings or phone calls as one JSON or CSV file; poll `getExport`
    until
    its status is `finished` (then `file_url` is set) or `error`. (The docs' one-line summary, "Creates
    a
    Phone Call to be analyzed", is a copy-paste slip from the phone calls page.)

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreateExportRequest):

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
        CreatedExport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
) -> Response[CreatedExport]:
    """Create an export

     Starts an export of the account's meetings or phone calls as one JSON or CSV file; poll `getExport`
    until
    its status is `finished` (then `file_url` is set) or `error`. (The docs' one-line summary, "Creates
    a
    Phone Call to be analyzed", is a copy-paste slip from the phone calls page.)

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreateExportRequest):

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
        Response[CreatedExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
) -> CreatedExport:
    """Create an export

     Starts an export of the account's meetings or phone calls as one JSON or CSV file; poll `getExport`
    until
    its status is `finished` (then `file_url` is set) or `error`. (The docs' one-line summary, "Creates
    a
    Phone Call to be analyzed", is a copy-paste slip from the phone calls page.)

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreateExportRequest):

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
        CreatedExport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

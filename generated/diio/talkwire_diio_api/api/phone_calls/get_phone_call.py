from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.phone_call import PhoneCall
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_phone_call"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/phone_calls/{id}".format(
            id=quote(str(id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhoneCall:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_phone_call",
            method="GET",
            path="/v1/phone_calls/{id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhoneCall:
    if response.status_code == 200:
        response_200 = PhoneCall.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PhoneCall]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PhoneCall]:
    """Get a phone call

     A phone call with its analysis status and, if the analysis failed, why.

    Args:
        id (UUID):

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
        Response[PhoneCall]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> PhoneCall:
    """Get a phone call

     A phone call with its analysis status and, if the analysis failed, why.

    Args:
        id (UUID):

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
        PhoneCall
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[PhoneCall]:
    """Get a phone call

     A phone call with its analysis status and, if the analysis failed, why.

    Args:
        id (UUID):

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
        Response[PhoneCall]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> PhoneCall:
    """Get a phone call

     A phone call with its analysis status and, if the analysis failed, why.

    Args:
        id (UUID):

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
        PhoneCall
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.create_phone_call_request import CreatePhoneCallRequest
from ...models.created_phone_call import CreatedPhoneCall
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePhoneCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_phone_call"},
        "url": "/v1/phone_calls",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedPhoneCall:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="create_phone_call",
            method="POST",
            path="/v1/phone_calls",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatedPhoneCall:
    if response.status_code == 200:
        response_200 = CreatedPhoneCall.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreatedPhoneCall.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreatedPhoneCall]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhoneCallRequest,
) -> Response[CreatedPhoneCall]:
    """Create a phone call

     Registers a phone call for diio to fetch from `media_url` and analyse. Every field is required.

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreatePhoneCallRequest):

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
        Response[CreatedPhoneCall]
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
    body: CreatePhoneCallRequest,
) -> CreatedPhoneCall:
    """Create a phone call

     Registers a phone call for diio to fetch from `media_url` and analyse. Every field is required.

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreatePhoneCallRequest):

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
        CreatedPhoneCall
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhoneCallRequest,
) -> Response[CreatedPhoneCall]:
    """Create a phone call

     Registers a phone call for diio to fetch from `media_url` and analyse. Every field is required.

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreatePhoneCallRequest):

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
        Response[CreatedPhoneCall]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePhoneCallRequest,
) -> CreatedPhoneCall:
    """Create a phone call

     Registers a phone call for diio to fetch from `media_url` and analyse. Every field is required.

    Inferred: the success status is not documented; 200 and 201 are both accepted.

    Args:
        body (CreatePhoneCallRequest):

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
        CreatedPhoneCall
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

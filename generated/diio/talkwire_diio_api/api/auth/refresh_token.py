from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_pair import TokenPair
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "refresh_token"},
        "url": "/refresh_token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenPair:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="refresh_token",
            method="POST",
            path="/refresh_token",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenPair:
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenPair]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[TokenPair]:
    """Refresh the access token

     Returns a new access token (a diio-signed JWT valid for 1 hour) for the client credentials and
    refresh
    token. Needs no bearer token. The docs list the three parameters without saying where they go; they
    are
    sent as a JSON body like every other diio request (the docs' headers section sets
    `Content-Type: application/json` for all requests).

    Inferred: the response body is not documented. It is modelled as `{access_token, refresh_token?}`; a
    `refresh_token` in the response, when diio sends one, replaces the one in use (clients persist it).

    Args:
        body (RefreshTokenRequest): The client credentials and the refresh token diio issued.

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The client credentials or the refresh token are invalid or revoked
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[TokenPair]
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
    body: RefreshTokenRequest,
) -> TokenPair:
    """Refresh the access token

     Returns a new access token (a diio-signed JWT valid for 1 hour) for the client credentials and
    refresh
    token. Needs no bearer token. The docs list the three parameters without saying where they go; they
    are
    sent as a JSON body like every other diio request (the docs' headers section sets
    `Content-Type: application/json` for all requests).

    Inferred: the response body is not documented. It is modelled as `{access_token, refresh_token?}`; a
    `refresh_token` in the response, when diio sends one, replaces the one in use (clients persist it).

    Args:
        body (RefreshTokenRequest): The client credentials and the refresh token diio issued.

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The client credentials or the refresh token are invalid or revoked
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        TokenPair
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> Response[TokenPair]:
    """Refresh the access token

     Returns a new access token (a diio-signed JWT valid for 1 hour) for the client credentials and
    refresh
    token. Needs no bearer token. The docs list the three parameters without saying where they go; they
    are
    sent as a JSON body like every other diio request (the docs' headers section sets
    `Content-Type: application/json` for all requests).

    Inferred: the response body is not documented. It is modelled as `{access_token, refresh_token?}`; a
    `refresh_token` in the response, when diio sends one, replaces the one in use (clients persist it).

    Args:
        body (RefreshTokenRequest): The client credentials and the refresh token diio issued.

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The client credentials or the refresh token are invalid or revoked
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[TokenPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshTokenRequest,
) -> TokenPair:
    """Refresh the access token

     Returns a new access token (a diio-signed JWT valid for 1 hour) for the client credentials and
    refresh
    token. Needs no bearer token. The docs list the three parameters without saying where they go; they
    are
    sent as a JSON body like every other diio request (the docs' headers section sets
    `Content-Type: application/json` for all requests).

    Inferred: the response body is not documented. It is modelled as `{access_token, refresh_token?}`; a
    `refresh_token` in the response, when diio sends one, replaces the one in use (clients persist it).

    Args:
        body (RefreshTokenRequest): The client credentials and the refresh token diio issued.

    Raises:
        BadRequestError: 400: The request was malformed or missing required parameters
        AuthenticationError: 401: The client credentials or the refresh token are invalid or revoked
        ServerError: 500: An unexpected error occurred on diio's side
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        TokenPair
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

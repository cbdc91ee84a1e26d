from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.search_local_numbers_by_phrase_body import SearchLocalNumbersByPhraseBody
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SearchLocalNumbersByPhraseBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "search_local_numbers_by_phrase"},
        "url": "/api/v2/phoneNumber/search/local/phrase",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SuccessResponse:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="search_local_numbers_by_phrase",
            method="POST",
            path="/api/v2/phoneNumber/search/local/phrase",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchLocalNumbersByPhraseBody,
) -> Response[SuccessResponse]:
    """Search for local numbers by phrase

     Search for a phone number based on phrase.

    Args:
        body (SearchLocalNumbersByPhraseBody):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: No phone numbers available for the search area. Please try a different area
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SuccessResponse]
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
    client: AuthenticatedClient,
    body: SearchLocalNumbersByPhraseBody,
) -> SuccessResponse:
    """Search for local numbers by phrase

     Search for a phone number based on phrase.

    Args:
        body (SearchLocalNumbersByPhraseBody):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: No phone numbers available for the search area. Please try a different area
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchLocalNumbersByPhraseBody,
) -> Response[SuccessResponse]:
    """Search for local numbers by phrase

     Search for a phone number based on phrase.

    Args:
        body (SearchLocalNumbersByPhraseBody):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: No phone numbers available for the search area. Please try a different area
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchLocalNumbersByPhraseBody,
) -> SuccessResponse:
    """Search for local numbers by phrase

     Search for a phone number based on phrase.

    Args:
        body (SearchLocalNumbersByPhraseBody):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: No phone numbers available for the search area. Please try a different area
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

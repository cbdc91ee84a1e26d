from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "text/event-stream, application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "stream_call_concurrency"},
        "url": "/v1/call/concurrency/stream",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="stream_call_concurrency",
            method="GET",
            path="/v1/call/concurrency/stream",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    if response.status_code == 200:
        return response.text
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[str]:
    """Stream the live concurrent-call count (SSE)

     Server-sent events: each event's `data` is a JSON object `ConcurrencyUpdate` `{active_calls}` with
    the company-wide number of simultaneous calls, sent every few seconds (it doubles as keep-alive).
    Compare with `Subscription.max_concurrent_calls`. The vendor's spec declares the 200 as JSON with an
    empty schema; the real media type is presumably `text/event-stream` (unconfirmed).

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs()

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> str:
    """Stream the live concurrent-call count (SSE)

     Server-sent events: each event's `data` is a JSON object `ConcurrencyUpdate` `{active_calls}` with
    the company-wide number of simultaneous calls, sent every few seconds (it doubles as keep-alive).
    Compare with `Subscription.max_concurrent_calls`. The vendor's spec declares the 200 as JSON with an
    empty schema; the real media type is presumably `text/event-stream` (unconfirmed).

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[str]:
    """Stream the live concurrent-call count (SSE)

     Server-sent events: each event's `data` is a JSON object `ConcurrencyUpdate` `{active_calls}` with
    the company-wide number of simultaneous calls, sent every few seconds (it doubles as keep-alive).
    Compare with `Subscription.max_concurrent_calls`. The vendor's spec declares the 200 as JSON with an
    empty schema; the real media type is presumably `text/event-stream` (unconfirmed).

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> str:
    """Stream the live concurrent-call count (SSE)

     Server-sent events: each event's `data` is a JSON object `ConcurrencyUpdate` `{active_calls}` with
    the company-wide number of simultaneous calls, sent every few seconds (it doubles as keep-alive).
    Compare with `Subscription.max_concurrent_calls`. The vendor's spec declares the 200 as JSON with an
    empty schema; the real media type is presumably `text/event-stream` (unconfirmed).

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

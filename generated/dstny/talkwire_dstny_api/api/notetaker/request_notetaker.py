from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.notetaker import Notetaker
from ...models.notetaker_join_request import NotetakerJoinRequest
from ...types import Response


def _get_kwargs(
    *,
    body: NotetakerJoinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "request_notetaker"},
        "url": "/rest/notetaker",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Notetaker:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="request_notetaker",
            method="POST",
            path="/rest/notetaker",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Notetaker:
    if response.status_code == 200:
        response_200 = Notetaker.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Notetaker.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Notetaker]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotetakerJoinRequest,
) -> Response[Notetaker]:
    """Request a notetaker for a meeting

     Requests a notetaker to join an ad-hoc Zoom, Microsoft Teams or Google Meet URL immediately (or at
    `meeting_start_time` for a scheduled join).

    UNCONFIRMED PATH: the operation, its request body and its response are documented, but no source
    shows
    its path. The Meetric partner-API endpoint table (source of every other path) is cut off right after
    `POST | /rest` in the row matching this operation, so the method is POST and the prefix `/rest`,
    while
    `/rest/notetaker` is a best guess (`/rest/notetaker/join` is the other candidate). It is included so
    the
    client covers every documented operation; check the vendor's own OpenAPI document
    (`{host}/api/v1/rest/openapi.json`) before relying on it.
    The success status is also undocumented: 201 is what a NestJS POST handler returns by default and
    200 is
    declared as well, both with the same body. Validation failures (400) are inferred.
    Requires scope: notetaker.

    Args:
        body (NotetakerJoinRequest): Body of `requestNotetaker`. The JSON media type is inferred.
            The docs disagree with themselves about `meeting_url`: their parameter list marks it
            required, their
            request sample leaves it out. A request accepts both forms, so it is not `required` here;
            send it (the
            notetaker has no other way to find the meeting).

    Raises:
        BadRequestError: 400: Invalid parameters or body (inferred; not documented). The body shape is inferred, see
            `ErrorResponse`
        AuthenticationError: 401: Missing, invalid or revoked token (status inferred; the body is not documented,
            see `ErrorResponse`)
        PermissionDeniedError: 403: The token lacks the scope the operation requires (see `x-required-scopes`), or,
            for recording URLs, the token setting `include_recordings` is off. Status and body inferred, see `ErrorResponse`
        RateLimitError: 429: Rate limit exceeded (default 60 requests/minute per token). Back off and retry after
            `retryAfter` seconds. Documented. Whether the daily conversation quota also answers 429, and whether a `Retry-
            After` header is sent, is unconfirmed
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Notetaker]
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
    body: NotetakerJoinRequest,
) -> Notetaker:
    """Request a notetaker for a meeting

     Requests a notetaker to join an ad-hoc Zoom, Microsoft Teams or Google Meet URL immediately (or at
    `meeting_start_time` for a scheduled join).

    UNCONFIRMED PATH: the operation, its request body and its response are documented, but no source
    shows
    its path. The Meetric partner-API endpoint table (source of every other path) is cut off right after
    `POST | /rest` in the row matching this operation, so the method is POST and the prefix `/rest`,
    while
    `/rest/notetaker` is a best guess (`/rest/notetaker/join` is the other candidate). It is included so
    the
    client covers every documented operation; check the vendor's own OpenAPI document
    (`{host}/api/v1/rest/openapi.json`) before relying on it.
    The success status is also undocumented: 201 is what a NestJS POST handler returns by default and
    200 is
    declared as well, both with the same body. Validation failures (400) are inferred.
    Requires scope: notetaker.

    Args:
        body (NotetakerJoinRequest): Body of `requestNotetaker`. The JSON media type is inferred.
            The docs disagree with themselves about `meeting_url`: their parameter list marks it
            required, their
            request sample leaves it out. A request accepts both forms, so it is not `required` here;
            send it (the
            notetaker has no other way to find the meeting).

    Raises:
        BadRequestError: 400: Invalid parameters or body (inferred; not documented). The body shape is inferred, see
            `ErrorResponse`
        AuthenticationError: 401: Missing, invalid or revoked token (status inferred; the body is not documented,
            see `ErrorResponse`)
        PermissionDeniedError: 403: The token lacks the scope the operation requires (see `x-required-scopes`), or,
            for recording URLs, the token setting `include_recordings` is off. Status and body inferred, see `ErrorResponse`
        RateLimitError: 429: Rate limit exceeded (default 60 requests/minute per token). Back off and retry after
            `retryAfter` seconds. Documented. Whether the daily conversation quota also answers 429, and whether a `Retry-
            After` header is sent, is unconfirmed
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Notetaker
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotetakerJoinRequest,
) -> Response[Notetaker]:
    """Request a notetaker for a meeting

     Requests a notetaker to join an ad-hoc Zoom, Microsoft Teams or Google Meet URL immediately (or at
    `meeting_start_time` for a scheduled join).

    UNCONFIRMED PATH: the operation, its request body and its response are documented, but no source
    shows
    its path. The Meetric partner-API endpoint table (source of every other path) is cut off right after
    `POST | /rest` in the row matching this operation, so the method is POST and the prefix `/rest`,
    while
    `/rest/notetaker` is a best guess (`/rest/notetaker/join` is the other candidate). It is included so
    the
    client covers every documented operation; check the vendor's own OpenAPI document
    (`{host}/api/v1/rest/openapi.json`) before relying on it.
    The success status is also undocumented: 201 is what a NestJS POST handler returns by default and
    200 is
    declared as well, both with the same body. Validation failures (400) are inferred.
    Requires scope: notetaker.

    Args:
        body (NotetakerJoinRequest): Body of `requestNotetaker`. The JSON media type is inferred.
            The docs disagree with themselves about `meeting_url`: their parameter list marks it
            required, their
            request sample leaves it out. A request accepts both forms, so it is not `required` here;
            send it (the
            notetaker has no other way to find the meeting).

    Raises:
        BadRequestError: 400: Invalid parameters or body (inferred; not documented). The body shape is inferred, see
            `ErrorResponse`
        AuthenticationError: 401: Missing, invalid or revoked token (status inferred; the body is not documented,
            see `ErrorResponse`)
        PermissionDeniedError: 403: The token lacks the scope the operation requires (see `x-required-scopes`), or,
            for recording URLs, the token setting `include_recordings` is off. Status and body inferred, see `ErrorResponse`
        RateLimitError: 429: Rate limit exceeded (default 60 requests/minute per token). Back off and retry after
            `retryAfter` seconds. Documented. Whether the daily conversation quota also answers 429, and whether a `Retry-
            After` header is sent, is unconfirmed
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Notetaker]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotetakerJoinRequest,
) -> Notetaker:
    """Request a notetaker for a meeting

     Requests a notetaker to join an ad-hoc Zoom, Microsoft Teams or Google Meet URL immediately (or at
    `meeting_start_time` for a scheduled join).

    UNCONFIRMED PATH: the operation, its request body and its response are documented, but no source
    shows
    its path. The Meetric partner-API endpoint table (source of every other path) is cut off right after
    `POST | /rest` in the row matching this operation, so the method is POST and the prefix `/rest`,
    while
    `/rest/notetaker` is a best guess (`/rest/notetaker/join` is the other candidate). It is included so
    the
    client covers every documented operation; check the vendor's own OpenAPI document
    (`{host}/api/v1/rest/openapi.json`) before relying on it.
    The success status is also undocumented: 201 is what a NestJS POST handler returns by default and
    200 is
    declared as well, both with the same body. Validation failures (400) are inferred.
    Requires scope: notetaker.

    Args:
        body (NotetakerJoinRequest): Body of `requestNotetaker`. The JSON media type is inferred.
            The docs disagree with themselves about `meeting_url`: their parameter list marks it
            required, their
            request sample leaves it out. A request accepts both forms, so it is not `required` here;
            send it (the
            notetaker has no other way to find the meeting).

    Raises:
        BadRequestError: 400: Invalid parameters or body (inferred; not documented). The body shape is inferred, see
            `ErrorResponse`
        AuthenticationError: 401: Missing, invalid or revoked token (status inferred; the body is not documented,
            see `ErrorResponse`)
        PermissionDeniedError: 403: The token lacks the scope the operation requires (see `x-required-scopes`), or,
            for recording URLs, the token setting `include_recordings` is off. Status and body inferred, see `ErrorResponse`
        RateLimitError: 429: Rate limit exceeded (default 60 requests/minute per token). Back off and retry after
            `retryAfter` seconds. Documented. Whether the daily conversation quota also answers 429, and whether a `Retry-
            After` header is sent, is unconfirmed
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Notetaker
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

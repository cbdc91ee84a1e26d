from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.call_log_page import CallLogPage
from ...models.log_category import LogCategory
from ...models.log_level import LogLevel
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    call_id: UUID,
    *,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: SortOrder | Unset = UNSET,
    category: LogCategory | Unset = UNSET,
    level: LogLevel | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = str(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = str(before)
    params["before"] = json_before

    params["page"] = page

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_call_logs"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/log/call/{call_id}".format(
            call_id=quote(str(call_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallLogPage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_call_logs",
            method="GET",
            path="/v1/log/call/{call_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallLogPage:
    if response.status_code == 200:
        response_200 = CallLogPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallLogPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: SortOrder | Unset = UNSET,
    category: LogCategory | Unset = UNSET,
    level: LogLevel | Unset = UNSET,
) -> Response[CallLogPage]:
    """List a call's log events

     The customer-visible event log of a call (lifecycle, speech, tools, transfers, workflows...). The
    exact `event` strings are not documented.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        call_id (UUID):
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 100.
        order (SortOrder | Unset): Sort order of a list.
        category (LogCategory | Unset): Category of a call log event.
        level (LogLevel | Unset): Severity of a call log event.

    Raises:
        NotFoundError: 404: Not found (`error_code` `CALL_NOT_FOUND`)
        BadRequestError: 422: Invalid paging input: the vendor declares `ErrorResponse` with `error_code`
            `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id or enum value) presumably still gets
            FastAPI's `HTTPValidationError`, hence both
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[CallLogPage]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        category=category,
        level=level,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: SortOrder | Unset = UNSET,
    category: LogCategory | Unset = UNSET,
    level: LogLevel | Unset = UNSET,
) -> CallLogPage:
    """List a call's log events

     The customer-visible event log of a call (lifecycle, speech, tools, transfers, workflows...). The
    exact `event` strings are not documented.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        call_id (UUID):
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 100.
        order (SortOrder | Unset): Sort order of a list.
        category (LogCategory | Unset): Category of a call log event.
        level (LogLevel | Unset): Severity of a call log event.

    Raises:
        NotFoundError: 404: Not found (`error_code` `CALL_NOT_FOUND`)
        BadRequestError: 422: Invalid paging input: the vendor declares `ErrorResponse` with `error_code`
            `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id or enum value) presumably still gets
            FastAPI's `HTTPValidationError`, hence both
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        CallLogPage
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        category=category,
        level=level,
    ).parsed


async def asyncio_detailed(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: SortOrder | Unset = UNSET,
    category: LogCategory | Unset = UNSET,
    level: LogLevel | Unset = UNSET,
) -> Response[CallLogPage]:
    """List a call's log events

     The customer-visible event log of a call (lifecycle, speech, tools, transfers, workflows...). The
    exact `event` strings are not documented.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        call_id (UUID):
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 100.
        order (SortOrder | Unset): Sort order of a list.
        category (LogCategory | Unset): Category of a call log event.
        level (LogLevel | Unset): Severity of a call log event.

    Raises:
        NotFoundError: 404: Not found (`error_code` `CALL_NOT_FOUND`)
        BadRequestError: 422: Invalid paging input: the vendor declares `ErrorResponse` with `error_code`
            `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id or enum value) presumably still gets
            FastAPI's `HTTPValidationError`, hence both
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[CallLogPage]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        category=category,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: UUID,
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 100,
    order: SortOrder | Unset = UNSET,
    category: LogCategory | Unset = UNSET,
    level: LogLevel | Unset = UNSET,
) -> CallLogPage:
    """List a call's log events

     The customer-visible event log of a call (lifecycle, speech, tools, transfers, workflows...). The
    exact `event` strings are not documented.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        call_id (UUID):
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 100.
        order (SortOrder | Unset): Sort order of a list.
        category (LogCategory | Unset): Category of a call log event.
        level (LogLevel | Unset): Severity of a call log event.

    Raises:
        NotFoundError: 404: Not found (`error_code` `CALL_NOT_FOUND`)
        BadRequestError: 422: Invalid paging input: the vendor declares `ErrorResponse` with `error_code`
            `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id or enum value) presumably still gets
            FastAPI's `HTTPValidationError`, hence both
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        CallLogPage
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            after=after,
            before=before,
            page=page,
            limit=limit,
            order=order,
            category=category,
            level=level,
        )
    ).parsed

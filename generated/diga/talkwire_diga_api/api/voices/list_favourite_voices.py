from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.sort_order import SortOrder
from ...models.voice_page import VoicePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: SortOrder | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_favourite_voices"},
        "url": "/v1/voice/favourite",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VoicePage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_favourite_voices",
            method="GET",
            path="/v1/voice/favourite",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VoicePage:
    if response.status_code == 200:
        response_200 = VoicePage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VoicePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: SortOrder | Unset = UNSET,
) -> Response[VoicePage]:
    """List favourite voices

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (SortOrder | Unset): Sort order of a list.

    Raises:
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
        Response[VoicePage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: SortOrder | Unset = UNSET,
) -> VoicePage:
    """List favourite voices

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (SortOrder | Unset): Sort order of a list.

    Raises:
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
        VoicePage
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: SortOrder | Unset = UNSET,
) -> Response[VoicePage]:
    """List favourite voices

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (SortOrder | Unset): Sort order of a list.

    Raises:
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
        Response[VoicePage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: SortOrder | Unset = UNSET,
) -> VoicePage:
    """List favourite voices

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (SortOrder | Unset): Sort order of a list.

    Raises:
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
        VoicePage
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            page=page,
            limit=limit,
            order=order,
        )
    ).parsed

import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.phone_page import PhonePage
from ...models.phone_status import PhoneStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = UNSET,
    inbound_agent_id: UUID | Unset = UNSET,
    outbound_agent_id: UUID | Unset = UNSET,
    status: PhoneStatus | Unset = UNSET,
    start_assigned_at: datetime.datetime | Unset = UNSET,
    end_assigned_at: datetime.datetime | Unset = UNSET,
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

    json_inbound_agent_id: str | Unset = UNSET
    if not isinstance(inbound_agent_id, Unset):
        json_inbound_agent_id = str(inbound_agent_id)
    params["inbound_agent_id"] = json_inbound_agent_id

    json_outbound_agent_id: str | Unset = UNSET
    if not isinstance(outbound_agent_id, Unset):
        json_outbound_agent_id = str(outbound_agent_id)
    params["outbound_agent_id"] = json_outbound_agent_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_start_assigned_at: str | Unset = UNSET
    if not isinstance(start_assigned_at, Unset):
        json_start_assigned_at = start_assigned_at.isoformat()
    params["start_assigned_at"] = json_start_assigned_at

    json_end_assigned_at: str | Unset = UNSET
    if not isinstance(end_assigned_at, Unset):
        json_end_assigned_at = end_assigned_at.isoformat()
    params["end_assigned_at"] = json_end_assigned_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_phones"},
        "url": "/v1/phone/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhonePage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_phones",
            method="GET",
            path="/v1/phone/",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PhonePage:
    if response.status_code == 200:
        response_200 = PhonePage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PhonePage]:
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
    limit: int | Unset = 20,
    order: SortOrder | Unset = UNSET,
    inbound_agent_id: UUID | Unset = UNSET,
    outbound_agent_id: UUID | Unset = UNSET,
    status: PhoneStatus | Unset = UNSET,
    start_assigned_at: datetime.datetime | Unset = UNSET,
    end_assigned_at: datetime.datetime | Unset = UNSET,
) -> Response[PhonePage]:
    """List phone numbers

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort order of a list.
        inbound_agent_id (UUID | Unset):
        outbound_agent_id (UUID | Unset):
        status (PhoneStatus | Unset): Lifecycle of a phone number (vendor enum
            `PhoneRegisterStatus`): `reserved` (held during checkout) → `pending_verification` (paid,
            awaiting company verification) → `assigned` → `released` (30-day cool-down) → `finished`
            (back in the pool, terminal).
        start_assigned_at (datetime.datetime | Unset):
        end_assigned_at (datetime.datetime | Unset):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NOT_VALID_FIELD`); 422: Invalid paging input: the vendor
            declares `ErrorResponse` with `error_code` `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id
            or enum value) presumably still gets FastAPI's `HTTPValidationError`, hence both
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[PhonePage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        inbound_agent_id=inbound_agent_id,
        outbound_agent_id=outbound_agent_id,
        status=status,
        start_assigned_at=start_assigned_at,
        end_assigned_at=end_assigned_at,
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
    limit: int | Unset = 20,
    order: SortOrder | Unset = UNSET,
    inbound_agent_id: UUID | Unset = UNSET,
    outbound_agent_id: UUID | Unset = UNSET,
    status: PhoneStatus | Unset = UNSET,
    start_assigned_at: datetime.datetime | Unset = UNSET,
    end_assigned_at: datetime.datetime | Unset = UNSET,
) -> PhonePage:
    """List phone numbers

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort order of a list.
        inbound_agent_id (UUID | Unset):
        outbound_agent_id (UUID | Unset):
        status (PhoneStatus | Unset): Lifecycle of a phone number (vendor enum
            `PhoneRegisterStatus`): `reserved` (held during checkout) → `pending_verification` (paid,
            awaiting company verification) → `assigned` → `released` (30-day cool-down) → `finished`
            (back in the pool, terminal).
        start_assigned_at (datetime.datetime | Unset):
        end_assigned_at (datetime.datetime | Unset):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NOT_VALID_FIELD`); 422: Invalid paging input: the vendor
            declares `ErrorResponse` with `error_code` `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id
            or enum value) presumably still gets FastAPI's `HTTPValidationError`, hence both
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        PhonePage
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        inbound_agent_id=inbound_agent_id,
        outbound_agent_id=outbound_agent_id,
        status=status,
        start_assigned_at=start_assigned_at,
        end_assigned_at=end_assigned_at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = UNSET,
    inbound_agent_id: UUID | Unset = UNSET,
    outbound_agent_id: UUID | Unset = UNSET,
    status: PhoneStatus | Unset = UNSET,
    start_assigned_at: datetime.datetime | Unset = UNSET,
    end_assigned_at: datetime.datetime | Unset = UNSET,
) -> Response[PhonePage]:
    """List phone numbers

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort order of a list.
        inbound_agent_id (UUID | Unset):
        outbound_agent_id (UUID | Unset):
        status (PhoneStatus | Unset): Lifecycle of a phone number (vendor enum
            `PhoneRegisterStatus`): `reserved` (held during checkout) → `pending_verification` (paid,
            awaiting company verification) → `assigned` → `released` (30-day cool-down) → `finished`
            (back in the pool, terminal).
        start_assigned_at (datetime.datetime | Unset):
        end_assigned_at (datetime.datetime | Unset):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NOT_VALID_FIELD`); 422: Invalid paging input: the vendor
            declares `ErrorResponse` with `error_code` `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id
            or enum value) presumably still gets FastAPI's `HTTPValidationError`, hence both
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[PhonePage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        inbound_agent_id=inbound_agent_id,
        outbound_agent_id=outbound_agent_id,
        status=status,
        start_assigned_at=start_assigned_at,
        end_assigned_at=end_assigned_at,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = UNSET,
    inbound_agent_id: UUID | Unset = UNSET,
    outbound_agent_id: UUID | Unset = UNSET,
    status: PhoneStatus | Unset = UNSET,
    start_assigned_at: datetime.datetime | Unset = UNSET,
    end_assigned_at: datetime.datetime | Unset = UNSET,
) -> PhonePage:
    """List phone numbers

     Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort order of a list.
        inbound_agent_id (UUID | Unset):
        outbound_agent_id (UUID | Unset):
        status (PhoneStatus | Unset): Lifecycle of a phone number (vendor enum
            `PhoneRegisterStatus`): `reserved` (held during checkout) → `pending_verification` (paid,
            awaiting company verification) → `assigned` → `released` (30-day cool-down) → `finished`
            (back in the pool, terminal).
        start_assigned_at (datetime.datetime | Unset):
        end_assigned_at (datetime.datetime | Unset):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NOT_VALID_FIELD`); 422: Invalid paging input: the vendor
            declares `ErrorResponse` with `error_code` `INVALID_PAGINATION_PARAMETERS`; other invalid input (a malformed id
            or enum value) presumably still gets FastAPI's `HTTPValidationError`, hence both
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        PhonePage
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            page=page,
            limit=limit,
            order=order,
            inbound_agent_id=inbound_agent_id,
            outbound_agent_id=outbound_agent_id,
            status=status,
            start_assigned_at=start_assigned_at,
            end_assigned_at=end_assigned_at,
        )
    ).parsed

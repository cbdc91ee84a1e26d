import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.conversation_list import ConversationList
from ...models.conversation_medium import ConversationMedium
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 25,
    department_id: UUID | Unset = UNSET,
    medium: ConversationMedium | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    json_medium: str | Unset = UNSET
    if not isinstance(medium, Unset):
        json_medium = medium.value

    params["medium"] = json_medium

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    json_user_id: str | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = str(user_id)
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_conversations"},
        "url": "/rest/conversations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationList:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_conversations",
            method="GET",
            path="/rest/conversations",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationList:
    if response.status_code == 200:
        response_200 = ConversationList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConversationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 25,
    department_id: UUID | Unset = UNSET,
    medium: ConversationMedium | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> Response[ConversationList]:
    """List conversations

     Lists conversations of the last 30 days, cursor-paged, at most 25 per page. Pass the previous page's
    `pagination.next_cursor` as `cursor`; stop when `pagination.has_more` is false or `next_cursor` is
    null
    (the docs' sentence on the hand-off is cut off after "Use", so this is inferred from the field
    names).
    The sort order is undocumented; a timestamp cursor suggests newest first by `date` (unconfirmed).
    Every conversation read counts towards the token's daily quota of unique conversations (default
    1000/day;
    what counts as one use is unconfirmed).
    Requires scope: conversations.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 25.
        department_id (UUID | Unset):
        medium (ConversationMedium | Unset): How the conversation took place (documented values).
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        user_id (UUID | Unset):

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
        Response[ConversationList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        department_id=department_id,
        medium=medium,
        date_from=date_from,
        date_to=date_to,
        user_id=user_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 25,
    department_id: UUID | Unset = UNSET,
    medium: ConversationMedium | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> ConversationList:
    """List conversations

     Lists conversations of the last 30 days, cursor-paged, at most 25 per page. Pass the previous page's
    `pagination.next_cursor` as `cursor`; stop when `pagination.has_more` is false or `next_cursor` is
    null
    (the docs' sentence on the hand-off is cut off after "Use", so this is inferred from the field
    names).
    The sort order is undocumented; a timestamp cursor suggests newest first by `date` (unconfirmed).
    Every conversation read counts towards the token's daily quota of unique conversations (default
    1000/day;
    what counts as one use is unconfirmed).
    Requires scope: conversations.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 25.
        department_id (UUID | Unset):
        medium (ConversationMedium | Unset): How the conversation took place (documented values).
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        user_id (UUID | Unset):

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
        ConversationList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        department_id=department_id,
        medium=medium,
        date_from=date_from,
        date_to=date_to,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 25,
    department_id: UUID | Unset = UNSET,
    medium: ConversationMedium | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> Response[ConversationList]:
    """List conversations

     Lists conversations of the last 30 days, cursor-paged, at most 25 per page. Pass the previous page's
    `pagination.next_cursor` as `cursor`; stop when `pagination.has_more` is false or `next_cursor` is
    null
    (the docs' sentence on the hand-off is cut off after "Use", so this is inferred from the field
    names).
    The sort order is undocumented; a timestamp cursor suggests newest first by `date` (unconfirmed).
    Every conversation read counts towards the token's daily quota of unique conversations (default
    1000/day;
    what counts as one use is unconfirmed).
    Requires scope: conversations.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 25.
        department_id (UUID | Unset):
        medium (ConversationMedium | Unset): How the conversation took place (documented values).
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        user_id (UUID | Unset):

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
        Response[ConversationList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        department_id=department_id,
        medium=medium,
        date_from=date_from,
        date_to=date_to,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 25,
    department_id: UUID | Unset = UNSET,
    medium: ConversationMedium | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    user_id: UUID | Unset = UNSET,
) -> ConversationList:
    """List conversations

     Lists conversations of the last 30 days, cursor-paged, at most 25 per page. Pass the previous page's
    `pagination.next_cursor` as `cursor`; stop when `pagination.has_more` is false or `next_cursor` is
    null
    (the docs' sentence on the hand-off is cut off after "Use", so this is inferred from the field
    names).
    The sort order is undocumented; a timestamp cursor suggests newest first by `date` (unconfirmed).
    Every conversation read counts towards the token's daily quota of unique conversations (default
    1000/day;
    what counts as one use is unconfirmed).
    Requires scope: conversations.

    Args:
        cursor (str | Unset):
        limit (int | Unset):  Default: 25.
        department_id (UUID | Unset):
        medium (ConversationMedium | Unset): How the conversation took place (documented values).
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        user_id (UUID | Unset):

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
        ConversationList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            department_id=department_id,
            medium=medium,
            date_from=date_from,
            date_to=date_to,
            user_id=user_id,
        )
    ).parsed

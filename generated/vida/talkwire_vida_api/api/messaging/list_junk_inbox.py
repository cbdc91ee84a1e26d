from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.inbox_page import InboxPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pagination: bool,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    unread: bool | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["pagination"] = pagination

    params["page"] = page

    params["pageSize"] = page_size

    params["unread"] = unread

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_junk_inbox"},
        "url": "/api/v2/junkConversations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InboxPage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_junk_inbox",
            method="GET",
            path="/api/v2/junkConversations",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InboxPage:
    if response.status_code == 200:
        response_200 = InboxPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InboxPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pagination: bool,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    unread: bool | Unset = UNSET,
) -> Response[InboxPage]:
    """List Junk Inbox

     Fetch rooms in junk inbox

    Args:
        pagination (bool):
        page (int | Unset):
        page_size (int | Unset):
        unread (bool | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[InboxPage]
    """

    kwargs = _get_kwargs(
        pagination=pagination,
        page=page,
        page_size=page_size,
        unread=unread,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pagination: bool,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    unread: bool | Unset = UNSET,
) -> InboxPage:
    """List Junk Inbox

     Fetch rooms in junk inbox

    Args:
        pagination (bool):
        page (int | Unset):
        page_size (int | Unset):
        unread (bool | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        InboxPage
    """

    return sync_detailed(
        client=client,
        pagination=pagination,
        page=page,
        page_size=page_size,
        unread=unread,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pagination: bool,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    unread: bool | Unset = UNSET,
) -> Response[InboxPage]:
    """List Junk Inbox

     Fetch rooms in junk inbox

    Args:
        pagination (bool):
        page (int | Unset):
        page_size (int | Unset):
        unread (bool | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[InboxPage]
    """

    kwargs = _get_kwargs(
        pagination=pagination,
        page=page,
        page_size=page_size,
        unread=unread,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pagination: bool,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    unread: bool | Unset = UNSET,
) -> InboxPage:
    """List Junk Inbox

     Fetch rooms in junk inbox

    Args:
        pagination (bool):
        page (int | Unset):
        page_size (int | Unset):
        unread (bool | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        InboxPage
    """

    return (
        await asyncio_detailed(
            client=client,
            pagination=pagination,
            page=page,
            page_size=page_size,
            unread=unread,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx
from talkwire_core.wire import response_media_type

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.list_tasks_response_200 import ListTasksResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json, application/xml;q=0.9"

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["since"] = since

    params["until"] = until

    params["sort"] = sort

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_tasks"},
        "url": "/api/v2/tasks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListTasksResponse200 | str:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_tasks",
            method="GET",
            path="/api/v2/tasks",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTasksResponse200 | str:
    if response.status_code == 200:
        media_type = response_media_type(response, ("application/json", "application/xml"))
        if media_type in ("application/xml",):
            return response.text
        response_200 = ListTasksResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTasksResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[ListTasksResponse200 | str]:
    """Fetch all tasks

     Retrieve all tasks for the current org. Supports filtering, sorting, and pagination.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ListTasksResponse200 | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        since=since,
        until=until,
        sort=sort,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> ListTasksResponse200 | str:
    """Fetch all tasks

     Retrieve all tasks for the current org. Supports filtering, sorting, and pagination.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ListTasksResponse200 | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        since=since,
        until=until,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[ListTasksResponse200 | str]:
    """Fetch all tasks

     Retrieve all tasks for the current org. Supports filtering, sorting, and pagination.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ListTasksResponse200 | str]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        since=since,
        until=until,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> ListTasksResponse200 | str:
    """Fetch all tasks

     Retrieve all tasks for the current org. Supports filtering, sorting, and pagination.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        since (int | Unset):
        until (int | Unset):
        sort (str | Unset):
        order (str | Unset):

    Raises:
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ListTasksResponse200 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            since=since,
            until=until,
            sort=sort,
            order=order,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from talkwire_core.wire import response_media_type

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.get_task_response_200 import GetTaskResponse200
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json, application/xml;q=0.9"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_task"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/v2/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskResponse200 | str:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_task",
            method="GET",
            path="/api/v2/tasks/{task_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaskResponse200 | str:
    if response.status_code == 200:
        media_type = response_media_type(response, ("application/json", "application/xml"))
        if media_type in ("application/xml",):
            return response.text
        response_200 = GetTaskResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaskResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTaskResponse200 | str]:
    """Fetch a specific task

     Retrieve details for a single task by ID.

    Args:
        task_id (str):

    Raises:
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Task not found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GetTaskResponse200 | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTaskResponse200 | str:
    """Fetch a specific task

     Retrieve details for a single task by ID.

    Args:
        task_id (str):

    Raises:
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Task not found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GetTaskResponse200 | str
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetTaskResponse200 | str]:
    """Fetch a specific task

     Retrieve details for a single task by ID.

    Args:
        task_id (str):

    Raises:
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Task not found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GetTaskResponse200 | str]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
) -> GetTaskResponse200 | str:
    """Fetch a specific task

     Retrieve details for a single task by ID.

    Args:
        task_id (str):

    Raises:
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Task not found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GetTaskResponse200 | str
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed

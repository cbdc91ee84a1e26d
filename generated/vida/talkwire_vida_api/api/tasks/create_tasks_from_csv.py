from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.create_tasks_from_csv_body import CreateTasksFromCsvBody
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTasksFromCsvBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_tasks_from_csv"},
        "url": "/api/v2/tasks/csv",
    }

    _kwargs["files"] = body.to_multipart()

    # No Content-Type here: httpx adds it with a random boundary (a fixed one breaks any body that contains it).

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="create_tasks_from_csv",
            method="POST",
            path="/api/v2/tasks/csv",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 200:
        return None

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTasksFromCsvBody,
) -> Response[Any]:
    """Create multiple tasks via CSV upload

     Upload a CSV file to create multiple tasks. The CSV must include a header row. Recognized columns
    include type, target, context, taskContext, greeting, waitToGreet, accountId, scheduledFor, message,
    and externalTaskId.

    Args:
        body (CreateTasksFromCsvBody):

    Raises:
        BadRequestError: 400: Invalid CSV or missing required fields
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Forbidden
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTasksFromCsvBody,
) -> Response[Any]:
    """Create multiple tasks via CSV upload

     Upload a CSV file to create multiple tasks. The CSV must include a header row. Recognized columns
    include type, target, context, taskContext, greeting, waitToGreet, accountId, scheduledFor, message,
    and externalTaskId.

    Args:
        body (CreateTasksFromCsvBody):

    Raises:
        BadRequestError: 400: Invalid CSV or missing required fields
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Forbidden
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

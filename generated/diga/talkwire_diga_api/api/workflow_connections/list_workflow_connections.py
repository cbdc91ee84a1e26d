from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.workflow_connection import WorkflowConnection
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_workflow_connections"},
        "url": "/v1/workflow/connections",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[WorkflowConnection]:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_workflow_connections",
            method="GET",
            path="/v1/workflow/connections",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[WorkflowConnection]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkflowConnection.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[WorkflowConnection]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[WorkflowConnection]]:
    """List workflow connections

     Bare array.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[WorkflowConnection]]
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
) -> list[WorkflowConnection]:
    """List workflow connections

     Bare array.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[WorkflowConnection]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[WorkflowConnection]]:
    """List workflow connections

     Bare array.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[WorkflowConnection]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[WorkflowConnection]:
    """List workflow connections

     Bare array.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[WorkflowConnection]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

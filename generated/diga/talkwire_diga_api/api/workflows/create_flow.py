from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.create_flow_request import CreateFlowRequest
from ...models.flow import Flow
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFlowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_flow"},
        "url": "/v1/workflow/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Flow:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="create_flow",
            method="POST",
            path="/v1/workflow/",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Flow:
    if response.status_code == 201:
        response_201 = Flow.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Flow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFlowRequest,
) -> Response[Flow]:
    """Create a flow

     Empty draft flow; configure, publish, then enable.

    Args:
        body (CreateFlowRequest): A new, empty draft flow.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Flow]
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
    body: CreateFlowRequest,
) -> Flow:
    """Create a flow

     Empty draft flow; configure, publish, then enable.

    Args:
        body (CreateFlowRequest): A new, empty draft flow.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Flow
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFlowRequest,
) -> Response[Flow]:
    """Create a flow

     Empty draft flow; configure, publish, then enable.

    Args:
        body (CreateFlowRequest): A new, empty draft flow.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Flow]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateFlowRequest,
) -> Flow:
    """Create a flow

     Empty draft flow; configure, publish, then enable.

    Args:
        body (CreateFlowRequest): A new, empty draft flow.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Flow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

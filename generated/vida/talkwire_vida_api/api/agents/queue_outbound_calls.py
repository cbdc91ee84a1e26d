from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.queue_outbound_calls_batch_call import QueueOutboundCallsBatchCall
from ...models.queue_outbound_calls_single_call import QueueOutboundCallsSingleCall
from ...models.queued_tasks import QueuedTasks
from ...types import Response


def _get_kwargs(
    *,
    body: QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "queue_outbound_calls"},
        "url": "/api/v2/agent/outboundCall",
    }

    if isinstance(body, QueueOutboundCallsSingleCall):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QueuedTasks:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="queue_outbound_calls",
            method="POST",
            path="/api/v2/agent/outboundCall",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> QueuedTasks:
    if response.status_code == 200:
        response_200 = QueuedTasks.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[QueuedTasks]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall,
) -> Response[QueuedTasks]:
    """Queue outbound call(s) from your Agent

     Backwards compatible with the previous endpoint. You can pass a single "target" and optional
    "context" (old behavior), or provide "targets" to enqueue multiple calls. This endpoint queues tasks
    instead of dialing immediately.

    Args:
        body (QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[QueuedTasks]
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
    body: QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall,
) -> QueuedTasks:
    """Queue outbound call(s) from your Agent

     Backwards compatible with the previous endpoint. You can pass a single "target" and optional
    "context" (old behavior), or provide "targets" to enqueue multiple calls. This endpoint queues tasks
    instead of dialing immediately.

    Args:
        body (QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        QueuedTasks
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall,
) -> Response[QueuedTasks]:
    """Queue outbound call(s) from your Agent

     Backwards compatible with the previous endpoint. You can pass a single "target" and optional
    "context" (old behavior), or provide "targets" to enqueue multiple calls. This endpoint queues tasks
    instead of dialing immediately.

    Args:
        body (QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[QueuedTasks]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall,
) -> QueuedTasks:
    """Queue outbound call(s) from your Agent

     Backwards compatible with the previous endpoint. You can pass a single "target" and optional
    "context" (old behavior), or provide "targets" to enqueue multiple calls. This endpoint queues tasks
    instead of dialing immediately.

    Args:
        body (QueueOutboundCallsBatchCall | QueueOutboundCallsSingleCall):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        QueuedTasks
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

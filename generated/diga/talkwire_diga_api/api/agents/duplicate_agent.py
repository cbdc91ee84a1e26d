from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.agent import Agent
from ...models.duplicate_agent_request import DuplicateAgentRequest
from ...types import Response


def _get_kwargs(
    agent_id: UUID,
    *,
    body: DuplicateAgentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "duplicate_agent"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/agent/{agent_id}/duplicate".format(
            agent_id=quote(str(agent_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="duplicate_agent",
            method="POST",
            path="/v1/agent/{agent_id}/duplicate",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent:
    if response.status_code == 201:
        response_201 = Agent.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Agent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DuplicateAgentRequest,
) -> Response[Agent]:
    """Duplicate an agent into another project

     Copies configuration (not calls, contacts or stored secrets) into a new draft agent of another
    project; 503 `WORKFLOW_SERVICE_UNAVAILABLE` possible.

    Args:
        agent_id (UUID):
        body (DuplicateAgentRequest): Target of an agent duplication.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `BAD_PARAMETER`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: Forbidden (`error_code` `MISSING_PERMISSIONS`)
        NotFoundError: 404: Not found (`error_code` `AGENT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 503: Service unavailable
            (`error_code` `WORKFLOW_SERVICE_UNAVAILABLE`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Agent]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DuplicateAgentRequest,
) -> Agent:
    """Duplicate an agent into another project

     Copies configuration (not calls, contacts or stored secrets) into a new draft agent of another
    project; 503 `WORKFLOW_SERVICE_UNAVAILABLE` possible.

    Args:
        agent_id (UUID):
        body (DuplicateAgentRequest): Target of an agent duplication.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `BAD_PARAMETER`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: Forbidden (`error_code` `MISSING_PERMISSIONS`)
        NotFoundError: 404: Not found (`error_code` `AGENT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 503: Service unavailable
            (`error_code` `WORKFLOW_SERVICE_UNAVAILABLE`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Agent
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DuplicateAgentRequest,
) -> Response[Agent]:
    """Duplicate an agent into another project

     Copies configuration (not calls, contacts or stored secrets) into a new draft agent of another
    project; 503 `WORKFLOW_SERVICE_UNAVAILABLE` possible.

    Args:
        agent_id (UUID):
        body (DuplicateAgentRequest): Target of an agent duplication.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `BAD_PARAMETER`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: Forbidden (`error_code` `MISSING_PERMISSIONS`)
        NotFoundError: 404: Not found (`error_code` `AGENT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 503: Service unavailable
            (`error_code` `WORKFLOW_SERVICE_UNAVAILABLE`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Agent]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DuplicateAgentRequest,
) -> Agent:
    """Duplicate an agent into another project

     Copies configuration (not calls, contacts or stored secrets) into a new draft agent of another
    project; 503 `WORKFLOW_SERVICE_UNAVAILABLE` possible.

    Args:
        agent_id (UUID):
        body (DuplicateAgentRequest): Target of an agent duplication.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `BAD_PARAMETER`); 422: Request validation failed (FastAPI)
        PermissionDeniedError: 403: Forbidden (`error_code` `MISSING_PERMISSIONS`)
        NotFoundError: 404: Not found (`error_code` `AGENT_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 503: Service unavailable
            (`error_code` `WORKFLOW_SERVICE_UNAVAILABLE`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Agent
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed

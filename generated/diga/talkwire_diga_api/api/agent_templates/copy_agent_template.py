from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.agent import Agent
from ...models.copy_agent_template_request import CopyAgentTemplateRequest
from ...types import Response


def _get_kwargs(
    template_id: UUID,
    *,
    body: CopyAgentTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "copy_agent_template"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/agent/template/{template_id}/copy".format(
            template_id=quote(str(template_id), safe="").replace(".", "%2E"),
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
            operation="copy_agent_template",
            method="POST",
            path="/v1/agent/template/{template_id}/copy",
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
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyAgentTemplateRequest,
) -> Response[Agent]:
    """Create an agent from a template

     Creates an agent from a template, filling `<<variable>>` placeholders; returns the full agent (201).
    400 `AGENT_TEMPLATE_INVALID` on missing variables/bad template. Successor of the older `POST
    /v1/agent-template/{template_id}/apply`.

    Args:
        template_id (UUID):
        body (CopyAgentTemplateRequest): Values for creating an agent from a template.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `AGENT_TEMPLATE_INVALID`); 422: Request validation failed
            (FastAPI)
        NotFoundError: 404: Not found (`error_code` `AGENT_TEMPLATE_NOT_FOUND`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Agent]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyAgentTemplateRequest,
) -> Agent:
    """Create an agent from a template

     Creates an agent from a template, filling `<<variable>>` placeholders; returns the full agent (201).
    400 `AGENT_TEMPLATE_INVALID` on missing variables/bad template. Successor of the older `POST
    /v1/agent-template/{template_id}/apply`.

    Args:
        template_id (UUID):
        body (CopyAgentTemplateRequest): Values for creating an agent from a template.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `AGENT_TEMPLATE_INVALID`); 422: Request validation failed
            (FastAPI)
        NotFoundError: 404: Not found (`error_code` `AGENT_TEMPLATE_NOT_FOUND`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Agent
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyAgentTemplateRequest,
) -> Response[Agent]:
    """Create an agent from a template

     Creates an agent from a template, filling `<<variable>>` placeholders; returns the full agent (201).
    400 `AGENT_TEMPLATE_INVALID` on missing variables/bad template. Successor of the older `POST
    /v1/agent-template/{template_id}/apply`.

    Args:
        template_id (UUID):
        body (CopyAgentTemplateRequest): Values for creating an agent from a template.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `AGENT_TEMPLATE_INVALID`); 422: Request validation failed
            (FastAPI)
        NotFoundError: 404: Not found (`error_code` `AGENT_TEMPLATE_NOT_FOUND`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Agent]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyAgentTemplateRequest,
) -> Agent:
    """Create an agent from a template

     Creates an agent from a template, filling `<<variable>>` placeholders; returns the full agent (201).
    400 `AGENT_TEMPLATE_INVALID` on missing variables/bad template. Successor of the older `POST
    /v1/agent-template/{template_id}/apply`.

    Args:
        template_id (UUID):
        body (CopyAgentTemplateRequest): Values for creating an agent from a template.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `AGENT_TEMPLATE_INVALID`); 422: Request validation failed
            (FastAPI)
        NotFoundError: 404: Not found (`error_code` `AGENT_TEMPLATE_NOT_FOUND`)
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
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.http_tool import HttpTool
from ...models.mcp_tool import McpTool
from ...types import Response


def _get_kwargs(
    integration_id: UUID,
    tool_id: UUID,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_integration_tool"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/integration/{integration_id}/tool/{tool_id}".format(
            integration_id=quote(str(integration_id), safe="").replace(".", "%2E"),
            tool_id=quote(str(tool_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HttpTool | McpTool:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_integration_tool",
            method="GET",
            path="/v1/integration/{integration_id}/tool/{tool_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HttpTool | McpTool:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> HttpTool | McpTool:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_integration_tool_type_0 = HttpTool.from_dict(data)

                return componentsschemas_integration_tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_integration_tool_type_1 = McpTool.from_dict(data)

            return componentsschemas_integration_tool_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HttpTool | McpTool]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: UUID,
    tool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HttpTool | McpTool]:
    """Get an integration tool

     For MCP tools the id maps to the tool name internally.

    Args:
        integration_id (UUID):
        tool_id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `INTEGRATION_TYPE`); 422: Request validation failed
            (FastAPI)
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[HttpTool | McpTool]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        tool_id=tool_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: UUID,
    tool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HttpTool | McpTool:
    """Get an integration tool

     For MCP tools the id maps to the tool name internally.

    Args:
        integration_id (UUID):
        tool_id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `INTEGRATION_TYPE`); 422: Request validation failed
            (FastAPI)
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        HttpTool | McpTool
    """

    return sync_detailed(
        integration_id=integration_id,
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    integration_id: UUID,
    tool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HttpTool | McpTool]:
    """Get an integration tool

     For MCP tools the id maps to the tool name internally.

    Args:
        integration_id (UUID):
        tool_id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `INTEGRATION_TYPE`); 422: Request validation failed
            (FastAPI)
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[HttpTool | McpTool]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        tool_id=tool_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: UUID,
    tool_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HttpTool | McpTool:
    """Get an integration tool

     For MCP tools the id maps to the tool name internally.

    Args:
        integration_id (UUID):
        tool_id (UUID):

    Raises:
        BadRequestError: 400: Bad request (`error_code` `INTEGRATION_TYPE`); 422: Request validation failed
            (FastAPI)
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        HttpTool | McpTool
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            tool_id=tool_id,
            client=client,
        )
    ).parsed

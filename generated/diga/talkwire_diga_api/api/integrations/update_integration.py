from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.integration import Integration
from ...models.update_integration_request import UpdateIntegrationRequest
from ...types import Response


def _get_kwargs(
    integration_id: UUID,
    *,
    body: UpdateIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "patch",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "update_integration"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/integration/{integration_id}".format(
            integration_id=quote(str(integration_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Integration:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="update_integration",
            method="PATCH",
            path="/v1/integration/{integration_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Integration:
    if response.status_code == 200:
        response_200 = Integration.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Integration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateIntegrationRequest,
) -> Response[Integration]:
    """Update an integration

     MCP tools re-synced when `base_url` or `auth_key` changes.

    Args:
        integration_id (UUID):
        body (UpdateIntegrationRequest): Partial update of an integration.

    Raises:
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Integration]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateIntegrationRequest,
) -> Integration:
    """Update an integration

     MCP tools re-synced when `base_url` or `auth_key` changes.

    Args:
        integration_id (UUID):
        body (UpdateIntegrationRequest): Partial update of an integration.

    Raises:
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Integration
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateIntegrationRequest,
) -> Response[Integration]:
    """Update an integration

     MCP tools re-synced when `base_url` or `auth_key` changes.

    Args:
        integration_id (UUID):
        body (UpdateIntegrationRequest): Partial update of an integration.

    Raises:
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Integration]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateIntegrationRequest,
) -> Integration:
    """Update an integration

     MCP tools re-synced when `base_url` or `auth_key` changes.

    Args:
        integration_id (UUID):
        body (UpdateIntegrationRequest): Partial update of an integration.

    Raises:
        AuthenticationError: 401: Unauthorized (`error_code` `M_C_P_AUTHENTICATION_FAILED`)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`); 502: Bad gateway
            (`error_code` `M_C_P_SERVER_ERROR`); 504: Gateway timeout (`error_code` `M_C_P_CONNECTION_TIMEOUT`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Integration
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed

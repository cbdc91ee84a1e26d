from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.delete_account_body import DeleteAccountBody
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeleteAccountBody,
    target_organization_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["targetOrganizationId"] = target_organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "delete_account"},
        "url": "/api/v2/deleteAccount",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SuccessResponse:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="delete_account",
            method="DELETE",
            path="/api/v2/deleteAccount",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SuccessResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        response_201 = SuccessResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAccountBody,
    target_organization_id: str,
) -> Response[Any | SuccessResponse]:
    """Delete an account

     Delete an account under your organization

    Args:
        target_organization_id (str):
        body (DeleteAccountBody):

    Raises:
        BadRequestError: 400: Bad Request
        PermissionDeniedError: 403: Forbidden
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any | SuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        target_organization_id=target_organization_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeleteAccountBody,
    target_organization_id: str,
) -> Any | SuccessResponse:
    """Delete an account

     Delete an account under your organization

    Args:
        target_organization_id (str):
        body (DeleteAccountBody):

    Raises:
        BadRequestError: 400: Bad Request
        PermissionDeniedError: 403: Forbidden
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Any | SuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        target_organization_id=target_organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAccountBody,
    target_organization_id: str,
) -> Response[Any | SuccessResponse]:
    """Delete an account

     Delete an account under your organization

    Args:
        target_organization_id (str):
        body (DeleteAccountBody):

    Raises:
        BadRequestError: 400: Bad Request
        PermissionDeniedError: 403: Forbidden
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any | SuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        target_organization_id=target_organization_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteAccountBody,
    target_organization_id: str,
) -> Any | SuccessResponse:
    """Delete an account

     Delete an account under your organization

    Args:
        target_organization_id (str):
        body (DeleteAccountBody):

    Raises:
        BadRequestError: 400: Bad Request
        PermissionDeniedError: 403: Forbidden
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Any | SuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            target_organization_id=target_organization_id,
        )
    ).parsed

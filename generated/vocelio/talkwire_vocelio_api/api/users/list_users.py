from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.api_version import ApiVersion
from ...models.sort_order import SortOrder
from ...models.user_list_envelope import UserListEnvelope
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    role: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_version, Unset):
        headers["X-API-Version"] = str(x_api_version)

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["sort"] = sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["role"] = role

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_users"},
        "url": "/api/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserListEnvelope:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_users",
            method="GET",
            path="/api/users",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserListEnvelope:
    if response.status_code == 200:
        response_200 = UserListEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    role: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[UserListEnvelope]:
    """List the organisation's users

     Paginated list of the users of the caller's organisation. The response body is not shown in the
    document; it is inferred to be the documented pagination response with `data` an array of `User`.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        order (SortOrder | Unset): Sort direction for list endpoints.
        role (str | Unset):
        status (UserStatus | Unset): User status (the documented filter values).
        search (str | Unset):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        RateLimitError: 429: Rate limit exceeded (inferred status for `SERVICE_002` service rate limit exceeded).
            Retry after `X-RateLimit-Reset`
        ServerError: 500: Server-side failure (inferred status for `SYSTEM_001` internal server error, `SYSTEM_002`
            database connection error, `SYSTEM_003` network timeout, `SERVICE_003` service configuration error); 503: An
            external service (telephony, TTS, AI) is unavailable (inferred status for `SERVICE_001`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[UserListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        role=role,
        status=status,
        search=search,
        x_api_version=x_api_version,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    role: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> UserListEnvelope:
    """List the organisation's users

     Paginated list of the users of the caller's organisation. The response body is not shown in the
    document; it is inferred to be the documented pagination response with `data` an array of `User`.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        order (SortOrder | Unset): Sort direction for list endpoints.
        role (str | Unset):
        status (UserStatus | Unset): User status (the documented filter values).
        search (str | Unset):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        RateLimitError: 429: Rate limit exceeded (inferred status for `SERVICE_002` service rate limit exceeded).
            Retry after `X-RateLimit-Reset`
        ServerError: 500: Server-side failure (inferred status for `SYSTEM_001` internal server error, `SYSTEM_002`
            database connection error, `SYSTEM_003` network timeout, `SERVICE_003` service configuration error); 503: An
            external service (telephony, TTS, AI) is unavailable (inferred status for `SERVICE_001`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        UserListEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        role=role,
        status=status,
        search=search,
        x_api_version=x_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    role: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[UserListEnvelope]:
    """List the organisation's users

     Paginated list of the users of the caller's organisation. The response body is not shown in the
    document; it is inferred to be the documented pagination response with `data` an array of `User`.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        order (SortOrder | Unset): Sort direction for list endpoints.
        role (str | Unset):
        status (UserStatus | Unset): User status (the documented filter values).
        search (str | Unset):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        RateLimitError: 429: Rate limit exceeded (inferred status for `SERVICE_002` service rate limit exceeded).
            Retry after `X-RateLimit-Reset`
        ServerError: 500: Server-side failure (inferred status for `SYSTEM_001` internal server error, `SYSTEM_002`
            database connection error, `SYSTEM_003` network timeout, `SERVICE_003` service configuration error); 503: An
            external service (telephony, TTS, AI) is unavailable (inferred status for `SERVICE_001`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[UserListEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        order=order,
        role=role,
        status=status,
        search=search,
        x_api_version=x_api_version,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    role: str | Unset = UNSET,
    status: UserStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> UserListEnvelope:
    """List the organisation's users

     Paginated list of the users of the caller's organisation. The response body is not shown in the
    document; it is inferred to be the documented pagination response with `data` an array of `User`.

    Args:
        page (int | Unset):
        limit (int | Unset):
        sort (str | Unset):
        order (SortOrder | Unset): Sort direction for list endpoints.
        role (str | Unset):
        status (UserStatus | Unset): User status (the documented filter values).
        search (str | Unset):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        RateLimitError: 429: Rate limit exceeded (inferred status for `SERVICE_002` service rate limit exceeded).
            Retry after `X-RateLimit-Reset`
        ServerError: 500: Server-side failure (inferred status for `SYSTEM_001` internal server error, `SYSTEM_002`
            database connection error, `SYSTEM_003` network timeout, `SERVICE_003` service configuration error); 503: An
            external service (telephony, TTS, AI) is unavailable (inferred status for `SERVICE_001`)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        UserListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort=sort,
            order=order,
            role=role,
            status=status,
            search=search,
            x_api_version=x_api_version,
        )
    ).parsed

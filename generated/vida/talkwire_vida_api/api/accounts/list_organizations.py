from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    target_reseller_id: str,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["targetResellerId"] = target_reseller_id

    params["pagination"] = pagination

    params["page"] = page

    params["pageSize"] = page_size

    params["active"] = active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_organizations"},
        "url": "/api/v2/listOrganizations",
        "params": params,
    }

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
            operation="list_organizations",
            method="GET",
            path="/api/v2/listOrganizations",
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
    target_reseller_id: str,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> Response[Any]:
    """List organizations

     List all of your organizations. Reseller account required.

    Args:
        target_reseller_id (str):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        active (bool | Unset):

    Raises:
        APIError: any other error status
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        target_reseller_id=target_reseller_id,
        pagination=pagination,
        page=page,
        page_size=page_size,
        active=active,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    target_reseller_id: str,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    active: bool | Unset = UNSET,
) -> Response[Any]:
    """List organizations

     List all of your organizations. Reseller account required.

    Args:
        target_reseller_id (str):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        active (bool | Unset):

    Raises:
        APIError: any other error status
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        target_reseller_id=target_reseller_id,
        pagination=pagination,
        page=page,
        page_size=page_size,
        active=active,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

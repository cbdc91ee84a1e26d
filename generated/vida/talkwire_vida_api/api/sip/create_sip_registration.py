from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.create_sip_registration_body import CreateSipRegistrationBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSipRegistrationBody | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_sip_registration"},
        "url": "/api/v2/sip/registration",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
            operation="create_sip_registration",
            method="POST",
            path="/api/v2/sip/registration",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 200:
        return None

    if response.status_code == 201:
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
    body: CreateSipRegistrationBody | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[Any]:
    """Register a SIP endpoint

     Create the SIP registration (address of record, username, SIP realm) of the authenticated account.
    Undocumented by the vendor; summary inferred from the path and the body. 409 when a registration
    already exists.

    Args:
        authorization (str | Unset):
        body (CreateSipRegistrationBody | Unset):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ConflictError: 409: Conflict
        ServerError: 500: Internal Server Error; 502: Bad Gateway
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSipRegistrationBody | Unset = UNSET,
    authorization: str | Unset = UNSET,
) -> Response[Any]:
    """Register a SIP endpoint

     Create the SIP registration (address of record, username, SIP realm) of the authenticated account.
    Undocumented by the vendor; summary inferred from the path and the body. 409 when a registration
    already exists.

    Args:
        authorization (str | Unset):
        body (CreateSipRegistrationBody | Unset):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        ConflictError: 409: Conflict
        ServerError: 500: Internal Server Error; 502: Bad Gateway
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.generate_one_time_auth_token_response_200 import GenerateOneTimeAuthTokenResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    external_account_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    email: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["externalAccountId"] = external_account_id

    params["customerId"] = customer_id

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "generate_one_time_auth_token"},
        "url": "/api/v2/auth/account/oneTimeAuthToken",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateOneTimeAuthTokenResponse200:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="generate_one_time_auth_token",
            method="GET",
            path="/api/v2/auth/account/oneTimeAuthToken",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateOneTimeAuthTokenResponse200:
    if response.status_code == 200:
        response_200 = GenerateOneTimeAuthTokenResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateOneTimeAuthTokenResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    external_account_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    email: str,
) -> Response[GenerateOneTimeAuthTokenResponse200]:
    """Generate one-time auth token

     Generate a single-use authentication token for the specified account – Reseller/Partner account
    required. If the email does not exist and an externalAccountId is provided, the system will
    automatically add that email as a member of the organization.

    Args:
        external_account_id (str | Unset):
        customer_id (str | Unset):
        email (str):

    Raises:
        BadRequestError: 400: Missing or invalid parameters
        AuthenticationError: 401: Unauthorized : missing / bad API key or token
        NotFoundError: 404: No account found OR caller lacks access
        ServerError: 500: Unexpected server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GenerateOneTimeAuthTokenResponse200]
    """

    kwargs = _get_kwargs(
        external_account_id=external_account_id,
        customer_id=customer_id,
        email=email,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    external_account_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    email: str,
) -> GenerateOneTimeAuthTokenResponse200:
    """Generate one-time auth token

     Generate a single-use authentication token for the specified account – Reseller/Partner account
    required. If the email does not exist and an externalAccountId is provided, the system will
    automatically add that email as a member of the organization.

    Args:
        external_account_id (str | Unset):
        customer_id (str | Unset):
        email (str):

    Raises:
        BadRequestError: 400: Missing or invalid parameters
        AuthenticationError: 401: Unauthorized : missing / bad API key or token
        NotFoundError: 404: No account found OR caller lacks access
        ServerError: 500: Unexpected server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GenerateOneTimeAuthTokenResponse200
    """

    return sync_detailed(
        client=client,
        external_account_id=external_account_id,
        customer_id=customer_id,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_account_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    email: str,
) -> Response[GenerateOneTimeAuthTokenResponse200]:
    """Generate one-time auth token

     Generate a single-use authentication token for the specified account – Reseller/Partner account
    required. If the email does not exist and an externalAccountId is provided, the system will
    automatically add that email as a member of the organization.

    Args:
        external_account_id (str | Unset):
        customer_id (str | Unset):
        email (str):

    Raises:
        BadRequestError: 400: Missing or invalid parameters
        AuthenticationError: 401: Unauthorized : missing / bad API key or token
        NotFoundError: 404: No account found OR caller lacks access
        ServerError: 500: Unexpected server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GenerateOneTimeAuthTokenResponse200]
    """

    kwargs = _get_kwargs(
        external_account_id=external_account_id,
        customer_id=customer_id,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_account_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    email: str,
) -> GenerateOneTimeAuthTokenResponse200:
    """Generate one-time auth token

     Generate a single-use authentication token for the specified account – Reseller/Partner account
    required. If the email does not exist and an externalAccountId is provided, the system will
    automatically add that email as a member of the organization.

    Args:
        external_account_id (str | Unset):
        customer_id (str | Unset):
        email (str):

    Raises:
        BadRequestError: 400: Missing or invalid parameters
        AuthenticationError: 401: Unauthorized : missing / bad API key or token
        NotFoundError: 404: No account found OR caller lacks access
        ServerError: 500: Unexpected server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GenerateOneTimeAuthTokenResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            external_account_id=external_account_id,
            customer_id=customer_id,
            email=email,
        )
    ).parsed

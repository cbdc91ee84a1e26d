from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.get_usage_stats_response_200 import GetUsageStatsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    billing_period: str | Unset = UNSET,
    give_costs: bool | Unset = False,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["billingPeriod"] = billing_period

    params["giveCosts"] = give_costs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_usage_stats"},
        "url": "/api/v2/stats/usage",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUsageStatsResponse200:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_usage_stats",
            method="GET",
            path="/api/v2/stats/usage",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetUsageStatsResponse200:
    if response.status_code == 200:
        response_200 = GetUsageStatsResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetUsageStatsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    billing_period: str | Unset = UNSET,
    give_costs: bool | Unset = False,
) -> Response[GetUsageStatsResponse200]:
    """View Usage

     View statistics about account usage

    Args:
        billing_period (str | Unset):
        give_costs (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401: Unauthorized
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GetUsageStatsResponse200]
    """

    kwargs = _get_kwargs(
        billing_period=billing_period,
        give_costs=give_costs,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    billing_period: str | Unset = UNSET,
    give_costs: bool | Unset = False,
) -> GetUsageStatsResponse200:
    """View Usage

     View statistics about account usage

    Args:
        billing_period (str | Unset):
        give_costs (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401: Unauthorized
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GetUsageStatsResponse200
    """

    return sync_detailed(
        client=client,
        billing_period=billing_period,
        give_costs=give_costs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    billing_period: str | Unset = UNSET,
    give_costs: bool | Unset = False,
) -> Response[GetUsageStatsResponse200]:
    """View Usage

     View statistics about account usage

    Args:
        billing_period (str | Unset):
        give_costs (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401: Unauthorized
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[GetUsageStatsResponse200]
    """

    kwargs = _get_kwargs(
        billing_period=billing_period,
        give_costs=give_costs,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    billing_period: str | Unset = UNSET,
    give_costs: bool | Unset = False,
) -> GetUsageStatsResponse200:
    """View Usage

     View statistics about account usage

    Args:
        billing_period (str | Unset):
        give_costs (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401: Unauthorized
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        GetUsageStatsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            billing_period=billing_period,
            give_costs=give_costs,
        )
    ).parsed

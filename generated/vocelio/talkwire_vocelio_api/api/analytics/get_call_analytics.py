import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.api_version import ApiVersion
from ...models.call_analytics_envelope import CallAnalyticsEnvelope
from ...models.granularity import Granularity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | datetime.datetime | Unset = UNSET,
    date_to: datetime.date | datetime.datetime | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_version, Unset):
        headers["X-API-Version"] = str(x_api_version)

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["agent_id"] = agent_id

    json_date_from: str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from.isoformat()

    params["date_from"] = json_date_from

    json_date_to: str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to.isoformat()

    params["date_to"] = json_date_to

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_call_analytics"},
        "url": "/api/analytics/calls",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallAnalyticsEnvelope:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_call_analytics",
            method="GET",
            path="/api/analytics/calls",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallAnalyticsEnvelope:
    if response.status_code == 200:
        response_200 = CallAnalyticsEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallAnalyticsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    campaign_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | datetime.datetime | Unset = UNSET,
    date_to: datetime.date | datetime.datetime | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[CallAnalyticsEnvelope]:
    """Get call analytics, optionally per campaign or agent

     The response is not shown in the document; it is inferred to have the same shape as the campaign
    analytics (a summary and a time series at the requested granularity). Every field is optional.

    Args:
        campaign_id (str | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | datetime.datetime | Unset):
        date_to (datetime.date | datetime.datetime | Unset):
        granularity (Granularity | Unset): Time-series bucket size for analytics.
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
        Response[CallAnalyticsEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        granularity=granularity,
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
    campaign_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | datetime.datetime | Unset = UNSET,
    date_to: datetime.date | datetime.datetime | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> CallAnalyticsEnvelope:
    """Get call analytics, optionally per campaign or agent

     The response is not shown in the document; it is inferred to have the same shape as the campaign
    analytics (a summary and a time series at the requested granularity). Every field is optional.

    Args:
        campaign_id (str | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | datetime.datetime | Unset):
        date_to (datetime.date | datetime.datetime | Unset):
        granularity (Granularity | Unset): Time-series bucket size for analytics.
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
        CallAnalyticsEnvelope
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        granularity=granularity,
        x_api_version=x_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | datetime.datetime | Unset = UNSET,
    date_to: datetime.date | datetime.datetime | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[CallAnalyticsEnvelope]:
    """Get call analytics, optionally per campaign or agent

     The response is not shown in the document; it is inferred to have the same shape as the campaign
    analytics (a summary and a time series at the requested granularity). Every field is optional.

    Args:
        campaign_id (str | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | datetime.datetime | Unset):
        date_to (datetime.date | datetime.datetime | Unset):
        granularity (Granularity | Unset): Time-series bucket size for analytics.
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
        Response[CallAnalyticsEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        granularity=granularity,
        x_api_version=x_api_version,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    campaign_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    date_from: datetime.date | datetime.datetime | Unset = UNSET,
    date_to: datetime.date | datetime.datetime | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> CallAnalyticsEnvelope:
    """Get call analytics, optionally per campaign or agent

     The response is not shown in the document; it is inferred to have the same shape as the campaign
    analytics (a summary and a time series at the requested granularity). Every field is optional.

    Args:
        campaign_id (str | Unset):
        agent_id (str | Unset):
        date_from (datetime.date | datetime.datetime | Unset):
        date_to (datetime.date | datetime.datetime | Unset):
        granularity (Granularity | Unset): Time-series bucket size for analytics.
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
        CallAnalyticsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            agent_id=agent_id,
            date_from=date_from,
            date_to=date_to,
            granularity=granularity,
            x_api_version=x_api_version,
        )
    ).parsed

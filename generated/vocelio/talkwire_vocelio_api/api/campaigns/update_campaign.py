from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.api_version import ApiVersion
from ...models.campaign_envelope import CampaignEnvelope
from ...models.update_campaign_request import UpdateCampaignRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    body: UpdateCampaignRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_version, Unset):
        headers["X-API-Version"] = str(x_api_version)

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "put",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "update_campaign"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignEnvelope:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="update_campaign",
            method="PUT",
            path="/api/campaigns/{campaign_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignEnvelope:
    if response.status_code == 200:
        response_200 = CampaignEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CampaignEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCampaignRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[CampaignEnvelope]:
    """Update a campaign's status or settings

     Used e.g. to pause a campaign or change its daily call limit. The response is not shown in the
    document; it is inferred to be the updated campaign.

    Args:
        campaign_id (str):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (UpdateCampaignRequest): The documented updatable fields; the document shows only
            `status` and `settings`.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        NotFoundError: 404: The resource (from the path, or referenced in the body) does not exist (inferred status
            for `RESOURCE_001`)
        ConflictError: 409: Conflict (inferred status for `RESOURCE_002` resource already exists and `RESOURCE_003`
            resource cannot be modified)
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
        Response[CampaignEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        x_api_version=x_api_version,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCampaignRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> CampaignEnvelope:
    """Update a campaign's status or settings

     Used e.g. to pause a campaign or change its daily call limit. The response is not shown in the
    document; it is inferred to be the updated campaign.

    Args:
        campaign_id (str):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (UpdateCampaignRequest): The documented updatable fields; the document shows only
            `status` and `settings`.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        NotFoundError: 404: The resource (from the path, or referenced in the body) does not exist (inferred status
            for `RESOURCE_001`)
        ConflictError: 409: Conflict (inferred status for `RESOURCE_002` resource already exists and `RESOURCE_003`
            resource cannot be modified)
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
        CampaignEnvelope
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
        x_api_version=x_api_version,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCampaignRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[CampaignEnvelope]:
    """Update a campaign's status or settings

     Used e.g. to pause a campaign or change its daily call limit. The response is not shown in the
    document; it is inferred to be the updated campaign.

    Args:
        campaign_id (str):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (UpdateCampaignRequest): The documented updatable fields; the document shows only
            `status` and `settings`.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        NotFoundError: 404: The resource (from the path, or referenced in the body) does not exist (inferred status
            for `RESOURCE_001`)
        ConflictError: 409: Conflict (inferred status for `RESOURCE_002` resource already exists and `RESOURCE_003`
            resource cannot be modified)
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
        Response[CampaignEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        x_api_version=x_api_version,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCampaignRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> CampaignEnvelope:
    """Update a campaign's status or settings

     Used e.g. to pause a campaign or change its daily call limit. The response is not shown in the
    document; it is inferred to be the updated campaign.

    Args:
        campaign_id (str):
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (UpdateCampaignRequest): The documented updatable fields; the document shows only
            `status` and `settings`.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
        NotFoundError: 404: The resource (from the path, or referenced in the body) does not exist (inferred status
            for `RESOURCE_001`)
        ConflictError: 409: Conflict (inferred status for `RESOURCE_002` resource already exists and `RESOURCE_003`
            resource cannot be modified)
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
        CampaignEnvelope
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
            x_api_version=x_api_version,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.api_version import ApiVersion
from ...models.clone_voice_request import CloneVoiceRequest
from ...models.cloned_voice_envelope import ClonedVoiceEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CloneVoiceRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_version, Unset):
        headers["X-API-Version"] = str(x_api_version)

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "clone_voice"},
        "url": "/api/voice/clone",
    }

    _kwargs["files"] = body.to_multipart()

    # No Content-Type here: httpx adds it with a random boundary (a fixed one breaks any body that contains it).

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClonedVoiceEnvelope:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="clone_voice",
            method="POST",
            path="/api/voice/clone",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClonedVoiceEnvelope:
    if response.status_code == 200:
        response_200 = ClonedVoiceEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClonedVoiceEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CloneVoiceRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[ClonedVoiceEnvelope]:
    """Clone a voice from an audio sample

     Uploads an audio sample (multipart form) and starts training a cloned voice; the response gives the
    new voice's id, its training status and the estimated completion time.

    Args:
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (CloneVoiceRequest): Multipart form of `cloneVoice` (documented form fields). Which
            fields are required is not documented; the audio file and the name are taken as required.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
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
        Response[ClonedVoiceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CloneVoiceRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> ClonedVoiceEnvelope:
    """Clone a voice from an audio sample

     Uploads an audio sample (multipart form) and starts training a cloned voice; the response gives the
    new voice's id, its training status and the estimated completion time.

    Args:
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (CloneVoiceRequest): Multipart form of `cloneVoice` (documented form fields). Which
            fields are required is not documented; the audio file and the name are taken as required.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
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
        ClonedVoiceEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_version=x_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CloneVoiceRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[ClonedVoiceEnvelope]:
    """Clone a voice from an audio sample

     Uploads an audio sample (multipart form) and starts training a cloned voice; the response gives the
    new voice's id, its training status and the estimated completion time.

    Args:
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (CloneVoiceRequest): Multipart form of `cloneVoice` (documented form fields). Which
            fields are required is not documented; the audio file and the name are taken as required.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
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
        Response[ClonedVoiceEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_version=x_api_version,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CloneVoiceRequest,
    x_api_version: ApiVersion | Unset = UNSET,
) -> ClonedVoiceEnvelope:
    """Clone a voice from an audio sample

     Uploads an audio sample (multipart form) and starts training a cloned voice; the response gives the
    new voice's id, its training status and the estimated completion time.

    Args:
        x_api_version (ApiVersion | Unset): API version sent in `X-API-Version`; `v1` is the only
            documented value.
        body (CloneVoiceRequest): Multipart form of `cloneVoice` (documented form fields). Which
            fields are required is not documented; the audio file and the name are taken as required.

    Raises:
        BadRequestError: 400: Validation failed (inferred status for the documented codes `VALIDATION_001` required
            field missing, `VALIDATION_002` invalid field format, `VALIDATION_003` field value out of range)
        AuthenticationError: 401: Not authenticated (inferred status for `AUTH_001` invalid or missing JWT token and
            `AUTH_002` token expired; log in again on `AUTH_002`)
        PermissionDeniedError: 403: Insufficient permissions (inferred status for `AUTH_003`)
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
        ClonedVoiceEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_version=x_api_version,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.api_version import ApiVersion
from ...models.voice_category import VoiceCategory
from ...models.voice_gender import VoiceGender
from ...models.voice_list_envelope import VoiceListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: VoiceGender | Unset = UNSET,
    category: VoiceCategory | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_api_version, Unset):
        headers["X-API-Version"] = str(x_api_version)

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["provider"] = provider

    params["language"] = language

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender.value

    params["gender"] = json_gender

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_voices"},
        "url": "/api/voice/voices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VoiceListEnvelope:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_voices",
            method="GET",
            path="/api/voice/voices",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> VoiceListEnvelope:
    if response.status_code == 200:
        response_200 = VoiceListEnvelope.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VoiceListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: VoiceGender | Unset = UNSET,
    category: VoiceCategory | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[VoiceListEnvelope]:
    """List available voices

     Returns every matching voice at once inside `data.voices`; the document shows no paging for this
    endpoint.

    Args:
        provider (str | Unset):
        language (str | Unset):
        gender (VoiceGender | Unset):
        category (VoiceCategory | Unset):
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
        Response[VoiceListEnvelope]
    """

    kwargs = _get_kwargs(
        provider=provider,
        language=language,
        gender=gender,
        category=category,
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
    provider: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: VoiceGender | Unset = UNSET,
    category: VoiceCategory | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> VoiceListEnvelope:
    """List available voices

     Returns every matching voice at once inside `data.voices`; the document shows no paging for this
    endpoint.

    Args:
        provider (str | Unset):
        language (str | Unset):
        gender (VoiceGender | Unset):
        category (VoiceCategory | Unset):
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
        VoiceListEnvelope
    """

    return sync_detailed(
        client=client,
        provider=provider,
        language=language,
        gender=gender,
        category=category,
        x_api_version=x_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: VoiceGender | Unset = UNSET,
    category: VoiceCategory | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> Response[VoiceListEnvelope]:
    """List available voices

     Returns every matching voice at once inside `data.voices`; the document shows no paging for this
    endpoint.

    Args:
        provider (str | Unset):
        language (str | Unset):
        gender (VoiceGender | Unset):
        category (VoiceCategory | Unset):
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
        Response[VoiceListEnvelope]
    """

    kwargs = _get_kwargs(
        provider=provider,
        language=language,
        gender=gender,
        category=category,
        x_api_version=x_api_version,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: VoiceGender | Unset = UNSET,
    category: VoiceCategory | Unset = UNSET,
    x_api_version: ApiVersion | Unset = UNSET,
) -> VoiceListEnvelope:
    """List available voices

     Returns every matching voice at once inside `data.voices`; the document shows no paging for this
    endpoint.

    Args:
        provider (str | Unset):
        language (str | Unset):
        gender (VoiceGender | Unset):
        category (VoiceCategory | Unset):
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
        VoiceListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            language=language,
            gender=gender,
            category=category,
            x_api_version=x_api_version,
        )
    ).parsed

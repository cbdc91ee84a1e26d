from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.call import Call
from ...models.create_call_request import CreateCallRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "create_call"},
        "url": "/v1/call/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Call:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="create_call",
            method="POST",
            path="/v1/call/",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Call:
    if response.status_code == 201:
        response_201 = Call.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Call]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallRequest,
) -> Response[Call]:
    """Make an outbound call

     Starts an outbound call. `from_number` = an owned number in E.164 or the phone-register UUID.
    Destination must be a Spanish number (400 `NON_SPANISH_PHONE_NUMBER`). Without `agent_version_id`
    the outbound agent assigned to the phone handles it. 403 also covers an unverified number; 412 when
    an imported phone has no outbound SIP config. Older revisions answered 200.

    Args:
        body (CreateCallRequest): Starts an outbound call. Vendor schema `CallRequest`.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NON_SPANISH_PHONE_NUMBER`); 422: Request validation failed
            (FastAPI)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `PHONE_NUMBER_NOT_FOUND`)
        APIError: 412: Precondition failed (`error_code` `SIP_CONFIG_NOT_SET`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Call]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateCallRequest,
) -> Call:
    """Make an outbound call

     Starts an outbound call. `from_number` = an owned number in E.164 or the phone-register UUID.
    Destination must be a Spanish number (400 `NON_SPANISH_PHONE_NUMBER`). Without `agent_version_id`
    the outbound agent assigned to the phone handles it. 403 also covers an unverified number; 412 when
    an imported phone has no outbound SIP config. Older revisions answered 200.

    Args:
        body (CreateCallRequest): Starts an outbound call. Vendor schema `CallRequest`.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NON_SPANISH_PHONE_NUMBER`); 422: Request validation failed
            (FastAPI)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `PHONE_NUMBER_NOT_FOUND`)
        APIError: 412: Precondition failed (`error_code` `SIP_CONFIG_NOT_SET`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Call
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallRequest,
) -> Response[Call]:
    """Make an outbound call

     Starts an outbound call. `from_number` = an owned number in E.164 or the phone-register UUID.
    Destination must be a Spanish number (400 `NON_SPANISH_PHONE_NUMBER`). Without `agent_version_id`
    the outbound agent assigned to the phone handles it. 403 also covers an unverified number; 412 when
    an imported phone has no outbound SIP config. Older revisions answered 200.

    Args:
        body (CreateCallRequest): Starts an outbound call. Vendor schema `CallRequest`.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NON_SPANISH_PHONE_NUMBER`); 422: Request validation failed
            (FastAPI)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `PHONE_NUMBER_NOT_FOUND`)
        APIError: 412: Precondition failed (`error_code` `SIP_CONFIG_NOT_SET`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Call]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCallRequest,
) -> Call:
    """Make an outbound call

     Starts an outbound call. `from_number` = an owned number in E.164 or the phone-register UUID.
    Destination must be a Spanish number (400 `NON_SPANISH_PHONE_NUMBER`). Without `agent_version_id`
    the outbound agent assigned to the phone handles it. 403 also covers an unverified number; 412 when
    an imported phone has no outbound SIP config. Older revisions answered 200.

    Args:
        body (CreateCallRequest): Starts an outbound call. Vendor schema `CallRequest`.

    Raises:
        BadRequestError: 400: Bad request (`error_code` `NON_SPANISH_PHONE_NUMBER`); 422: Request validation failed
            (FastAPI)
        PermissionDeniedError: 403: The API key or member lacks the permission for this operation (the vendor's
            example uses `error_code` `INTERNAL_SERVER_ERROR` for this)
        NotFoundError: 404: Not found (`error_code` `PHONE_NUMBER_NOT_FOUND`)
        APIError: 412: Precondition failed (`error_code` `SIP_CONFIG_NOT_SET`)
        ServerError: 500: Internal server error (`error_code` `INTERNAL_SERVER_ERROR`)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Call
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

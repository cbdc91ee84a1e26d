from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.configure_webhook_relay_body import ConfigureWebhookRelayBody
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    type_: str,
    *,
    body: ConfigureWebhookRelayBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "configure_webhook_relay"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/v2/webhookRelay/{type_}".format(
            type_=quote(str(type_), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SuccessResponse:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="configure_webhook_relay",
            method="POST",
            path="/api/v2/webhookRelay/{type_}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SuccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRelayBody,
) -> Response[SuccessResponse]:
    """Create or update a webhook relay

     Forward incoming webhooks of the specified type to your URL.

    Args:
        type_ (str):  Example: twilioSMS.
        body (ConfigureWebhookRelayBody):

    Raises:
        BadRequestError: 400: Validation failed
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Premium feature required
        NotFoundError: 404: Relay type not supported
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SuccessResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRelayBody,
) -> SuccessResponse:
    """Create or update a webhook relay

     Forward incoming webhooks of the specified type to your URL.

    Args:
        type_ (str):  Example: twilioSMS.
        body (ConfigureWebhookRelayBody):

    Raises:
        BadRequestError: 400: Validation failed
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Premium feature required
        NotFoundError: 404: Relay type not supported
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SuccessResponse
    """

    return sync_detailed(
        type_=type_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRelayBody,
) -> Response[SuccessResponse]:
    """Create or update a webhook relay

     Forward incoming webhooks of the specified type to your URL.

    Args:
        type_ (str):  Example: twilioSMS.
        body (ConfigureWebhookRelayBody):

    Raises:
        BadRequestError: 400: Validation failed
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Premium feature required
        NotFoundError: 404: Relay type not supported
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SuccessResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    type_: str,
    *,
    client: AuthenticatedClient,
    body: ConfigureWebhookRelayBody,
) -> SuccessResponse:
    """Create or update a webhook relay

     Forward incoming webhooks of the specified type to your URL.

    Args:
        type_ (str):  Example: twilioSMS.
        body (ConfigureWebhookRelayBody):

    Raises:
        BadRequestError: 400: Validation failed
        AuthenticationError: 401: Unauthorized
        PermissionDeniedError: 403: Premium feature required
        NotFoundError: 404: Relay type not supported
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SuccessResponse
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.integration_template import IntegrationTemplate
from ...types import Response


def _get_kwargs(
    template_id: UUID,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_integration_template"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/integration/template/{template_id}".format(
            template_id=quote(str(template_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntegrationTemplate:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_integration_template",
            method="GET",
            path="/v1/integration/template/{template_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationTemplate:
    if response.status_code == 200:
        response_200 = IntegrationTemplate.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IntegrationTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationTemplate]:
    """Get an integration template

    Args:
        template_id (UUID):

    Raises:
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_TEMPLATE_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[IntegrationTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
) -> IntegrationTemplate:
    """Get an integration template

    Args:
        template_id (UUID):

    Raises:
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_TEMPLATE_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        IntegrationTemplate
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationTemplate]:
    """Get an integration template

    Args:
        template_id (UUID):

    Raises:
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_TEMPLATE_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[IntegrationTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
) -> IntegrationTemplate:
    """Get an integration template

    Args:
        template_id (UUID):

    Raises:
        NotFoundError: 404: Not found (`error_code` `INTEGRATION_TEMPLATE_NOT_FOUND`)
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        IntegrationTemplate
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
        )
    ).parsed

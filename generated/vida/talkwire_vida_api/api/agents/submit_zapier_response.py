from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.submit_zapier_response_body import SubmitZapierResponseBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubmitZapierResponseBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "submit_zapier_response"},
        "url": "/api/v2/agent/zapier/response",
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
            operation="submit_zapier_response",
            method="POST",
            path="/api/v2/agent/zapier/response",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 200:
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
    body: SubmitZapierResponseBody | Unset = UNSET,
) -> Response[Any]:
    """Submit a Zapier response

     Deliver the result (`responseData`) of a Zapier action back to the agent request identified by
    `requestId`. Undocumented by the vendor; summary inferred from the path and the body.

    Args:
        body (SubmitZapierResponseBody | Unset):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Not Found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitZapierResponseBody | Unset = UNSET,
) -> Response[Any]:
    """Submit a Zapier response

     Deliver the result (`responseData`) of a Zapier action back to the agent request identified by
    `requestId`. Undocumented by the vendor; summary inferred from the path and the body.

    Args:
        body (SubmitZapierResponseBody | Unset):

    Raises:
        BadRequestError: 400: Bad Request
        AuthenticationError: 401: Unauthorized
        NotFoundError: 404: Not Found
        ServerError: 500: Internal Server Error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "delete_knowledge_base"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/knowledge/base/{id}".format(
            id=quote(str(id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

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
            operation="delete_knowledge_base",
            method="DELETE",
            path="/v1/knowledge/base/{id}",
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
    id: UUID,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
) -> Response[Any]:
    """Delete a knowledge base

     Per the vendor's prose a base that still has items is refused with 409 unless `force=true`, which
    also deletes its items. The 409 is not among the vendor's declared responses; it is added here from
    the prose (body presumably `ErrorResponse`). Answers 200; the body is unspecified.

    Args:
        id (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        ConflictError: 409: The base still has items and `force` is not true. Documented only in the vendor's prose
            (not among its declared responses); the body is presumably `ErrorResponse`
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        force=force,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = False,
) -> Response[Any]:
    """Delete a knowledge base

     Per the vendor's prose a base that still has items is refused with 409 unless `force=true`, which
    also deletes its items. The 409 is not among the vendor's declared responses; it is added here from
    the prose (body presumably `ErrorResponse`). Answers 200; the body is unspecified.

    Args:
        id (UUID):
        force (bool | Unset):  Default: False.

    Raises:
        ConflictError: 409: The base still has items and `force` is not true. Documented only in the vendor's prose
            (not among its declared responses); the body is presumably `ErrorResponse`
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.piece_category import PieceCategory
from ...models.piece_suggestion_type import PieceSuggestionType
from ...models.piece_summary import PieceSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    suggestion_type: PieceSuggestionType | Unset = UNSET,
    categories: list[PieceCategory] | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["search"] = search

    json_suggestion_type: str | Unset = UNSET
    if not isinstance(suggestion_type, Unset):
        json_suggestion_type = suggestion_type.value

    params["suggestion_type"] = json_suggestion_type

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = []
        for categories_item_data in categories:
            categories_item = categories_item_data.value
            json_categories.append(categories_item)

    params["categories"] = json_categories

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_pieces"},
        "url": "/v1/workflow/piece",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PieceSummary]:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_pieces",
            method="GET",
            path="/v1/workflow/piece",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[PieceSummary]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PieceSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[PieceSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    suggestion_type: PieceSuggestionType | Unset = UNSET,
    categories: list[PieceCategory] | Unset = UNSET,
) -> Response[list[PieceSummary]]:
    """List workflow pieces

     The catalogue of workflow pieces, as a bare array (not paginated). The vendor declares no security
    requirement here (whether it really works without an API key is unconfirmed).

    Args:
        search (str | Unset):
        suggestion_type (PieceSuggestionType | Unset): Which suggestions to include when listing
            pieces (vendor enum `SuggestionType`).
        categories (list[PieceCategory] | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[PieceSummary]]
    """

    kwargs = _get_kwargs(
        search=search,
        suggestion_type=suggestion_type,
        categories=categories,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    suggestion_type: PieceSuggestionType | Unset = UNSET,
    categories: list[PieceCategory] | Unset = UNSET,
) -> list[PieceSummary]:
    """List workflow pieces

     The catalogue of workflow pieces, as a bare array (not paginated). The vendor declares no security
    requirement here (whether it really works without an API key is unconfirmed).

    Args:
        search (str | Unset):
        suggestion_type (PieceSuggestionType | Unset): Which suggestions to include when listing
            pieces (vendor enum `SuggestionType`).
        categories (list[PieceCategory] | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[PieceSummary]
    """

    return sync_detailed(
        client=client,
        search=search,
        suggestion_type=suggestion_type,
        categories=categories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    suggestion_type: PieceSuggestionType | Unset = UNSET,
    categories: list[PieceCategory] | Unset = UNSET,
) -> Response[list[PieceSummary]]:
    """List workflow pieces

     The catalogue of workflow pieces, as a bare array (not paginated). The vendor declares no security
    requirement here (whether it really works without an API key is unconfirmed).

    Args:
        search (str | Unset):
        suggestion_type (PieceSuggestionType | Unset): Which suggestions to include when listing
            pieces (vendor enum `SuggestionType`).
        categories (list[PieceCategory] | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[PieceSummary]]
    """

    kwargs = _get_kwargs(
        search=search,
        suggestion_type=suggestion_type,
        categories=categories,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    suggestion_type: PieceSuggestionType | Unset = UNSET,
    categories: list[PieceCategory] | Unset = UNSET,
) -> list[PieceSummary]:
    """List workflow pieces

     The catalogue of workflow pieces, as a bare array (not paginated). The vendor declares no security
    requirement here (whether it really works without an API key is unconfirmed).

    Args:
        search (str | Unset):
        suggestion_type (PieceSuggestionType | Unset): Which suggestions to include when listing
            pieces (vendor enum `SuggestionType`).
        categories (list[PieceCategory] | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[PieceSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            suggestion_type=suggestion_type,
            categories=categories,
        )
    ).parsed

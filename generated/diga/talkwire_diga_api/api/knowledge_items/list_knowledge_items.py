from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.knowledge_item_category import KnowledgeItemCategory
from ...models.knowledge_item_page import KnowledgeItemPage
from ...models.knowledge_item_status import KnowledgeItemStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: SortOrder | Unset = UNSET,
    status: KnowledgeItemStatus | Unset = UNSET,
    category: KnowledgeItemCategory | Unset = UNSET,
    name: str | Unset = UNSET,
    knowledge_base_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = str(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = str(before)
    params["before"] = json_before

    params["page"] = page

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["name"] = name

    json_knowledge_base_id: str | Unset = UNSET
    if not isinstance(knowledge_base_id, Unset):
        json_knowledge_base_id = str(knowledge_base_id)
    params["knowledge_base_id"] = json_knowledge_base_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_knowledge_items"},
        "url": "/v1/knowledge/item/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KnowledgeItemPage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_knowledge_items",
            method="GET",
            path="/v1/knowledge/item/",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KnowledgeItemPage:
    if response.status_code == 200:
        response_200 = KnowledgeItemPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[KnowledgeItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: SortOrder | Unset = UNSET,
    status: KnowledgeItemStatus | Unset = UNSET,
    category: KnowledgeItemCategory | Unset = UNSET,
    name: str | Unset = UNSET,
    knowledge_base_id: UUID | Unset = UNSET,
) -> Response[KnowledgeItemPage]:
    """List knowledge items

     Items are a union discriminated by `category` (`file`/`txt`/`url`).

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        order (SortOrder | Unset): Sort order of a list.
        status (KnowledgeItemStatus | Unset): Indexing status of a knowledge item.
        category (KnowledgeItemCategory | Unset): Kind of knowledge item: uploaded file, text
            (`txt`) or crawled URL.
        name (str | Unset):
        knowledge_base_id (UUID | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[KnowledgeItemPage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        category=category,
        name=name,
        knowledge_base_id=knowledge_base_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: SortOrder | Unset = UNSET,
    status: KnowledgeItemStatus | Unset = UNSET,
    category: KnowledgeItemCategory | Unset = UNSET,
    name: str | Unset = UNSET,
    knowledge_base_id: UUID | Unset = UNSET,
) -> KnowledgeItemPage:
    """List knowledge items

     Items are a union discriminated by `category` (`file`/`txt`/`url`).

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        order (SortOrder | Unset): Sort order of a list.
        status (KnowledgeItemStatus | Unset): Indexing status of a knowledge item.
        category (KnowledgeItemCategory | Unset): Kind of knowledge item: uploaded file, text
            (`txt`) or crawled URL.
        name (str | Unset):
        knowledge_base_id (UUID | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        KnowledgeItemPage
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        category=category,
        name=name,
        knowledge_base_id=knowledge_base_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: SortOrder | Unset = UNSET,
    status: KnowledgeItemStatus | Unset = UNSET,
    category: KnowledgeItemCategory | Unset = UNSET,
    name: str | Unset = UNSET,
    knowledge_base_id: UUID | Unset = UNSET,
) -> Response[KnowledgeItemPage]:
    """List knowledge items

     Items are a union discriminated by `category` (`file`/`txt`/`url`).

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        order (SortOrder | Unset): Sort order of a list.
        status (KnowledgeItemStatus | Unset): Indexing status of a knowledge item.
        category (KnowledgeItemCategory | Unset): Kind of knowledge item: uploaded file, text
            (`txt`) or crawled URL.
        name (str | Unset):
        knowledge_base_id (UUID | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[KnowledgeItemPage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        category=category,
        name=name,
        knowledge_base_id=knowledge_base_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: UUID | Unset = UNSET,
    before: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 50,
    order: SortOrder | Unset = UNSET,
    status: KnowledgeItemStatus | Unset = UNSET,
    category: KnowledgeItemCategory | Unset = UNSET,
    name: str | Unset = UNSET,
    knowledge_base_id: UUID | Unset = UNSET,
) -> KnowledgeItemPage:
    """List knowledge items

     Items are a union discriminated by `category` (`file`/`txt`/`url`).

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (UUID | Unset):
        before (UUID | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 50.
        order (SortOrder | Unset): Sort order of a list.
        status (KnowledgeItemStatus | Unset): Indexing status of a knowledge item.
        category (KnowledgeItemCategory | Unset): Kind of knowledge item: uploaded file, text
            (`txt`) or crawled URL.
        name (str | Unset):
        knowledge_base_id (UUID | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        KnowledgeItemPage
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            before=before,
            page=page,
            limit=limit,
            order=order,
            status=status,
            category=category,
            name=name,
            knowledge_base_id=knowledge_base_id,
        )
    ).parsed

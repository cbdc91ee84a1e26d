from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.flow_category import FlowCategory
from ...models.flow_page import FlowPage
from ...models.flow_status import FlowStatus
from ...models.workflow_list_order import WorkflowListOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowStatus | Unset = UNSET,
    is_diga_trigger: bool | Unset = UNSET,
    flow_category: FlowCategory | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["after"] = after

    params["before"] = before

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

    params["is_diga_trigger"] = is_diga_trigger

    json_flow_category: str | Unset = UNSET
    if not isinstance(flow_category, Unset):
        json_flow_category = flow_category.value

    params["flow_category"] = json_flow_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_flows"},
        "url": "/v1/workflow/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FlowPage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_flows",
            method="GET",
            path="/v1/workflow/",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FlowPage:
    if response.status_code == 200:
        response_200 = FlowPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FlowPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowStatus | Unset = UNSET,
    is_diga_trigger: bool | Unset = UNSET,
    flow_category: FlowCategory | Unset = UNSET,
) -> Response[FlowPage]:
    """List flows

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowStatus | Unset): Whether a flow is enabled.
        is_diga_trigger (bool | Unset):
        flow_category (FlowCategory | Unset): When a flow runs relative to a call.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[FlowPage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        is_diga_trigger=is_diga_trigger,
        flow_category=flow_category,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowStatus | Unset = UNSET,
    is_diga_trigger: bool | Unset = UNSET,
    flow_category: FlowCategory | Unset = UNSET,
) -> FlowPage:
    """List flows

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowStatus | Unset): Whether a flow is enabled.
        is_diga_trigger (bool | Unset):
        flow_category (FlowCategory | Unset): When a flow runs relative to a call.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        FlowPage
    """

    return sync_detailed(
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        is_diga_trigger=is_diga_trigger,
        flow_category=flow_category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowStatus | Unset = UNSET,
    is_diga_trigger: bool | Unset = UNSET,
    flow_category: FlowCategory | Unset = UNSET,
) -> Response[FlowPage]:
    """List flows

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowStatus | Unset): Whether a flow is enabled.
        is_diga_trigger (bool | Unset):
        flow_category (FlowCategory | Unset): When a flow runs relative to a call.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[FlowPage]
    """

    kwargs = _get_kwargs(
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        is_diga_trigger=is_diga_trigger,
        flow_category=flow_category,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowStatus | Unset = UNSET,
    is_diga_trigger: bool | Unset = UNSET,
    flow_category: FlowCategory | Unset = UNSET,
) -> FlowPage:
    """List flows

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowStatus | Unset): Whether a flow is enabled.
        is_diga_trigger (bool | Unset):
        flow_category (FlowCategory | Unset): When a flow runs relative to a call.

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        FlowPage
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
            is_diga_trigger=is_diga_trigger,
            flow_category=flow_category,
        )
    ).parsed

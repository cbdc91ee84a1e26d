import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.flow_run_page import FlowRunPage
from ...models.flow_run_status import FlowRunStatus
from ...models.workflow_list_order import WorkflowListOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    flow_id: str,
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowRunStatus | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
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

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_flow_executions"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/workflow/{flow_id}/executions".format(
            flow_id=quote(str(flow_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FlowRunPage:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_flow_executions",
            method="GET",
            path="/v1/workflow/{flow_id}/executions",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FlowRunPage:
    if response.status_code == 200:
        response_200 = FlowRunPage.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FlowRunPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowRunStatus | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[FlowRunPage]:
    """List a flow's executions

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        flow_id (str):
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowRunStatus | Unset): Status of a flow run.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[FlowRunPage]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        created_after=created_after,
        created_before=created_before,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowRunStatus | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> FlowRunPage:
    """List a flow's executions

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        flow_id (str):
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowRunStatus | Unset): Status of a flow run.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        FlowRunPage
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowRunStatus | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[FlowRunPage]:
    """List a flow's executions

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        flow_id (str):
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowRunStatus | Unset): Status of a flow run.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[FlowRunPage]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        after=after,
        before=before,
        page=page,
        limit=limit,
        order=order,
        status=status,
        created_after=created_after,
        created_before=created_before,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = 10,
    order: WorkflowListOrder | Unset = UNSET,
    status: FlowRunStatus | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> FlowRunPage:
    """List a flow's executions

     String cursors, `order` only `desc`, limit max 30.

    Paging: cursor paging with `after` (pass the previous page's `last_id`) while `has_more` is true;
    `before`, `page` (page mode) and `order` are also accepted. The exact cursor semantics (which of
    `first_id`/`last_id` feeds `after`/`before`, the effect of `order`, mixing cursors with `page`) are
    unconfirmed by the vendor.

    Args:
        flow_id (str):
        after (str | Unset):
        before (str | Unset):
        page (int | Unset):
        limit (int | Unset):  Default: 10.
        order (WorkflowListOrder | Unset): Sort order of a workflow list; only `desc` is accepted.
        status (FlowRunStatus | Unset): Status of a flow run.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):

    Raises:
        BadRequestError: 422: Request validation failed (FastAPI)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        FlowRunPage
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            after=after,
            before=before,
            page=page,
            limit=limit,
            order=order,
            status=status,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed

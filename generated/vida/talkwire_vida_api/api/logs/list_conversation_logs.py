from http import HTTPStatus
from typing import Any

import httpx
from talkwire_core.wire import response_media_type

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.list_conversation_logs_format import ListConversationLogsFormat
from ...models.list_conversation_logs_response_200 import ListConversationLogsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ListConversationLogsFormat | Unset = ListConversationLogsFormat.JSON,
    page_size: int | Unset = 20,
    page: int | Unset = 1,
    include_fields: bool | Unset = UNSET,
    target_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json, text/csv;q=0.9"

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["fields"] = fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["pageSize"] = page_size

    params["page"] = page

    params["includeFields"] = include_fields

    params["targetAccountId"] = target_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "list_conversation_logs"},
        "url": "/api/v2/logs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConversationLogsResponse200 | str:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="list_conversation_logs",
            method="GET",
            path="/api/v2/logs",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConversationLogsResponse200 | str:
    if response.status_code == 200:
        media_type = response_media_type(response, ("application/json", "text/csv"))
        if media_type in ("text/csv",):
            return response.text
        response_200 = ListConversationLogsResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListConversationLogsResponse200 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ListConversationLogsFormat | Unset = ListConversationLogsFormat.JSON,
    page_size: int | Unset = 20,
    page: int | Unset = 1,
    include_fields: bool | Unset = UNSET,
    target_account_id: str | Unset = UNSET,
) -> Response[ListConversationLogsResponse200 | str]:
    """Query conversation logs

      Retrieves conversation logs from Postgres for the authenticated caller. Scoping by accountType: -
    account: filters to account_id = req.user.id and removes fields resellerId, partnerId,
    organizationId - organization: filters to org_id = req.user.id and removes fields resellerId,
    partnerId, organizationId - reseller: filters to reseller_id = req.user.id and removes fields
    resellerId, partnerId - partner: filters to partner_id = req.user.id and removes field partnerId
    Dynamic filters: Any extra query parameter is treated as a filter. Values are parsed to boolean,
    number, JSON, string, or null. Force a type with a suffix type hint using "||". Examples: -
    status=active - score=4 - exactMatch=true - payload=%7B%22a%22%3A1%7D||json - archived=false||bool
    CSV behavior: If format=csv and no rows are found, a 404 JSON response is returned instead of an
    empty file.

    Args:
        start (int | Unset):  Example: 1727481600.
        end (int | Unset):  Example: 1728086400.
        fields (str | Unset):  Example: id,timestamp,account_id,org_id,eventType.
        format_ (ListConversationLogsFormat | Unset):  Default: ListConversationLogsFormat.JSON.
        page_size (int | Unset):  Default: 20. Example: 500.
        page (int | Unset):  Default: 1. Example: 1.
        include_fields (bool | Unset):  Example: True.
        target_account_id (str | Unset):  Example: acct_123.

    Raises:
        AuthenticationError: 401: Unauthorized. req.user missing or invalid
        NotFoundError: 404: No logs available for CSV export when format=csv
        ServerError: 500: Unhandled server error while fetching logs or generating CSV; 503: Conversation logs
            service not available
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ListConversationLogsResponse200 | str]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        fields=fields,
        format_=format_,
        page_size=page_size,
        page=page,
        include_fields=include_fields,
        target_account_id=target_account_id,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ListConversationLogsFormat | Unset = ListConversationLogsFormat.JSON,
    page_size: int | Unset = 20,
    page: int | Unset = 1,
    include_fields: bool | Unset = UNSET,
    target_account_id: str | Unset = UNSET,
) -> ListConversationLogsResponse200 | str:
    """Query conversation logs

      Retrieves conversation logs from Postgres for the authenticated caller. Scoping by accountType: -
    account: filters to account_id = req.user.id and removes fields resellerId, partnerId,
    organizationId - organization: filters to org_id = req.user.id and removes fields resellerId,
    partnerId, organizationId - reseller: filters to reseller_id = req.user.id and removes fields
    resellerId, partnerId - partner: filters to partner_id = req.user.id and removes field partnerId
    Dynamic filters: Any extra query parameter is treated as a filter. Values are parsed to boolean,
    number, JSON, string, or null. Force a type with a suffix type hint using "||". Examples: -
    status=active - score=4 - exactMatch=true - payload=%7B%22a%22%3A1%7D||json - archived=false||bool
    CSV behavior: If format=csv and no rows are found, a 404 JSON response is returned instead of an
    empty file.

    Args:
        start (int | Unset):  Example: 1727481600.
        end (int | Unset):  Example: 1728086400.
        fields (str | Unset):  Example: id,timestamp,account_id,org_id,eventType.
        format_ (ListConversationLogsFormat | Unset):  Default: ListConversationLogsFormat.JSON.
        page_size (int | Unset):  Default: 20. Example: 500.
        page (int | Unset):  Default: 1. Example: 1.
        include_fields (bool | Unset):  Example: True.
        target_account_id (str | Unset):  Example: acct_123.

    Raises:
        AuthenticationError: 401: Unauthorized. req.user missing or invalid
        NotFoundError: 404: No logs available for CSV export when format=csv
        ServerError: 500: Unhandled server error while fetching logs or generating CSV; 503: Conversation logs
            service not available
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ListConversationLogsResponse200 | str
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        fields=fields,
        format_=format_,
        page_size=page_size,
        page=page,
        include_fields=include_fields,
        target_account_id=target_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ListConversationLogsFormat | Unset = ListConversationLogsFormat.JSON,
    page_size: int | Unset = 20,
    page: int | Unset = 1,
    include_fields: bool | Unset = UNSET,
    target_account_id: str | Unset = UNSET,
) -> Response[ListConversationLogsResponse200 | str]:
    """Query conversation logs

      Retrieves conversation logs from Postgres for the authenticated caller. Scoping by accountType: -
    account: filters to account_id = req.user.id and removes fields resellerId, partnerId,
    organizationId - organization: filters to org_id = req.user.id and removes fields resellerId,
    partnerId, organizationId - reseller: filters to reseller_id = req.user.id and removes fields
    resellerId, partnerId - partner: filters to partner_id = req.user.id and removes field partnerId
    Dynamic filters: Any extra query parameter is treated as a filter. Values are parsed to boolean,
    number, JSON, string, or null. Force a type with a suffix type hint using "||". Examples: -
    status=active - score=4 - exactMatch=true - payload=%7B%22a%22%3A1%7D||json - archived=false||bool
    CSV behavior: If format=csv and no rows are found, a 404 JSON response is returned instead of an
    empty file.

    Args:
        start (int | Unset):  Example: 1727481600.
        end (int | Unset):  Example: 1728086400.
        fields (str | Unset):  Example: id,timestamp,account_id,org_id,eventType.
        format_ (ListConversationLogsFormat | Unset):  Default: ListConversationLogsFormat.JSON.
        page_size (int | Unset):  Default: 20. Example: 500.
        page (int | Unset):  Default: 1. Example: 1.
        include_fields (bool | Unset):  Example: True.
        target_account_id (str | Unset):  Example: acct_123.

    Raises:
        AuthenticationError: 401: Unauthorized. req.user missing or invalid
        NotFoundError: 404: No logs available for CSV export when format=csv
        ServerError: 500: Unhandled server error while fetching logs or generating CSV; 503: Conversation logs
            service not available
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ListConversationLogsResponse200 | str]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        fields=fields,
        format_=format_,
        page_size=page_size,
        page=page,
        include_fields=include_fields,
        target_account_id=target_account_id,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    format_: ListConversationLogsFormat | Unset = ListConversationLogsFormat.JSON,
    page_size: int | Unset = 20,
    page: int | Unset = 1,
    include_fields: bool | Unset = UNSET,
    target_account_id: str | Unset = UNSET,
) -> ListConversationLogsResponse200 | str:
    """Query conversation logs

      Retrieves conversation logs from Postgres for the authenticated caller. Scoping by accountType: -
    account: filters to account_id = req.user.id and removes fields resellerId, partnerId,
    organizationId - organization: filters to org_id = req.user.id and removes fields resellerId,
    partnerId, organizationId - reseller: filters to reseller_id = req.user.id and removes fields
    resellerId, partnerId - partner: filters to partner_id = req.user.id and removes field partnerId
    Dynamic filters: Any extra query parameter is treated as a filter. Values are parsed to boolean,
    number, JSON, string, or null. Force a type with a suffix type hint using "||". Examples: -
    status=active - score=4 - exactMatch=true - payload=%7B%22a%22%3A1%7D||json - archived=false||bool
    CSV behavior: If format=csv and no rows are found, a 404 JSON response is returned instead of an
    empty file.

    Args:
        start (int | Unset):  Example: 1727481600.
        end (int | Unset):  Example: 1728086400.
        fields (str | Unset):  Example: id,timestamp,account_id,org_id,eventType.
        format_ (ListConversationLogsFormat | Unset):  Default: ListConversationLogsFormat.JSON.
        page_size (int | Unset):  Default: 20. Example: 500.
        page (int | Unset):  Default: 1. Example: 1.
        include_fields (bool | Unset):  Example: True.
        target_account_id (str | Unset):  Example: acct_123.

    Raises:
        AuthenticationError: 401: Unauthorized. req.user missing or invalid
        NotFoundError: 404: No logs available for CSV export when format=csv
        ServerError: 500: Unhandled server error while fetching logs or generating CSV; 503: Conversation logs
            service not available
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ListConversationLogsResponse200 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            fields=fields,
            format_=format_,
            page_size=page_size,
            page=page,
            include_fields=include_fields,
            target_account_id=target_account_id,
        )
    ).parsed

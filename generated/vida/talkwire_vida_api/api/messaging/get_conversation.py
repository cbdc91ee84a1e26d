from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.get_conversation_response_200_item import GetConversationResponse200Item
from ...types import Response


def _get_kwargs(
    room_id: str,
    uuid: str,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "get_conversation"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/v2/conversation/{room_id}/{uuid}".format(
            room_id=quote(str(room_id), safe="").replace(".", "%2E"),
            uuid=quote(str(uuid), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetConversationResponse200Item]:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="get_conversation",
            method="GET",
            path="/api/v2/conversation/{room_id}/{uuid}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetConversationResponse200Item]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetConversationResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GetConversationResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    room_id: str,
    uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[GetConversationResponse200Item]]:
    """Fetch Conversation

     Fetch specific conversation logs for a given room ID and UUID

    Args:
        room_id (str):
        uuid (str):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[GetConversationResponse200Item]]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        uuid=uuid,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    room_id: str,
    uuid: str,
    *,
    client: AuthenticatedClient,
) -> list[GetConversationResponse200Item]:
    """Fetch Conversation

     Fetch specific conversation logs for a given room ID and UUID

    Args:
        room_id (str):
        uuid (str):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[GetConversationResponse200Item]
    """

    return sync_detailed(
        room_id=room_id,
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    room_id: str,
    uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[GetConversationResponse200Item]]:
    """Fetch Conversation

     Fetch specific conversation logs for a given room ID and UUID

    Args:
        room_id (str):
        uuid (str):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[list[GetConversationResponse200Item]]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    room_id: str,
    uuid: str,
    *,
    client: AuthenticatedClient,
) -> list[GetConversationResponse200Item]:
    """Fetch Conversation

     Fetch specific conversation logs for a given room ID and UUID

    Args:
        room_id (str):
        uuid (str):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        list[GetConversationResponse200Item]
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            uuid=uuid,
            client=client,
        )
    ).parsed

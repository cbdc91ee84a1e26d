from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.replace_agent_version_body import ReplaceAgentVersionBody
from ...models.replace_agent_version_response_200 import ReplaceAgentVersionResponse200
from ...types import Response


def _get_kwargs(
    agent_id: str,
    version_id: str,
    *,
    body: ReplaceAgentVersionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "replace_agent_version"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/v2/agent/{agent_id}/versions/{version_id}".format(
            agent_id=quote(str(agent_id), safe="").replace(".", "%2E"),
            version_id=quote(str(version_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReplaceAgentVersionResponse200:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="replace_agent_version",
            method="POST",
            path="/api/v2/agent/{agent_id}/versions/{version_id}",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReplaceAgentVersionResponse200:
    if response.status_code == 200:
        response_200 = ReplaceAgentVersionResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReplaceAgentVersionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceAgentVersionBody,
) -> Response[ReplaceAgentVersionResponse200]:
    """Replace Stored Version

     Overwrite an existing version snapshot by its numeric versionId.

    Args:
        agent_id (str):
        version_id (str):
        body (ReplaceAgentVersionBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ReplaceAgentVersionResponse200]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceAgentVersionBody,
) -> ReplaceAgentVersionResponse200:
    """Replace Stored Version

     Overwrite an existing version snapshot by its numeric versionId.

    Args:
        agent_id (str):
        version_id (str):
        body (ReplaceAgentVersionBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ReplaceAgentVersionResponse200
    """

    return sync_detailed(
        agent_id=agent_id,
        version_id=version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceAgentVersionBody,
) -> Response[ReplaceAgentVersionResponse200]:
    """Replace Stored Version

     Overwrite an existing version snapshot by its numeric versionId.

    Args:
        agent_id (str):
        version_id (str):
        body (ReplaceAgentVersionBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[ReplaceAgentVersionResponse200]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceAgentVersionBody,
) -> ReplaceAgentVersionResponse200:
    """Replace Stored Version

     Overwrite an existing version snapshot by its numeric versionId.

    Args:
        agent_id (str):
        version_id (str):
        body (ReplaceAgentVersionBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        ReplaceAgentVersionResponse200
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            version_id=version_id,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.delete_knowledge_base_documents_body import DeleteKnowledgeBaseDocumentsBody
from ...types import Response


def _get_kwargs(
    kb_id: str,
    *,
    body: DeleteKnowledgeBaseDocumentsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "delete_knowledge_base_documents"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/api/v2/kb/knowledgebase/{kb_id}/documents".format(
            kb_id=quote(str(kb_id), safe="").replace(".", "%2E"),
        ),
    }

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
            operation="delete_knowledge_base_documents",
            method="GET",
            path="/api/v2/kb/knowledgebase/{kb_id}/documents",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 204:
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
    kb_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteKnowledgeBaseDocumentsBody,
) -> Response[Any]:
    """Delete multiple documents

     Deletes multiple documents from a knowledge base by their IDs, accessible to the authenticated user.
    Note: the vendor's document declares this operation as GET with a JSON request body; it is kept as
    published.

    Args:
        kb_id (str):  Example: kb-id-xxxx.
        body (DeleteKnowledgeBaseDocumentsBody):

    Raises:
        AuthenticationError: 401: Unauthorized access
        NotFoundError: 404: One or more documents not found
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    kb_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteKnowledgeBaseDocumentsBody,
) -> Response[Any]:
    """Delete multiple documents

     Deletes multiple documents from a knowledge base by their IDs, accessible to the authenticated user.
    Note: the vendor's document declares this operation as GET with a JSON request body; it is kept as
    published.

    Args:
        kb_id (str):  Example: kb-id-xxxx.
        body (DeleteKnowledgeBaseDocumentsBody):

    Raises:
        AuthenticationError: 401: Unauthorized access
        NotFoundError: 404: One or more documents not found
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)

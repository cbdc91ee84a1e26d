from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.copied_flow import CopiedFlow
from ...models.copy_flow_template_request import CopyFlowTemplateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: UUID,
    *,
    body: CopyFlowTemplateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "copy_flow_template"},
        # Dots are percent-encoded too: quote() leaves them, and a value of "." or ".." would be a dot segment
        # that URL normalisation resolves into another path.
        "url": "/v1/workflow/template/{template_id}/copy".format(
            template_id=quote(str(template_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CopiedFlow:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="copy_flow_template",
            method="POST",
            path="/v1/workflow/template/{template_id}/copy",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CopiedFlow:
    if response.status_code == 200:
        response_200 = CopiedFlow.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CopiedFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyFlowTemplateRequest | Unset = UNSET,
) -> Response[CopiedFlow]:
    """Create a flow from a template

     Body optional. New flow is created disabled. 400/404/503 without body schema. Successor of older
    `POST /v1/workflow/templates/{template_id}/copy`.

    Args:
        template_id (UUID):
        body (CopyFlowTemplateRequest | Unset): Values for creating a flow from a template (all
            optional). Vendor schema `CopyTemplateRequest`.

    Raises:
        BadRequestError: 400: Bad request (no body documented); 422: Request validation failed (FastAPI)
        NotFoundError: 404: Template not found (no body documented)
        ServerError: 503: Workflow service unavailable (no body documented)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[CopiedFlow]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyFlowTemplateRequest | Unset = UNSET,
) -> CopiedFlow:
    """Create a flow from a template

     Body optional. New flow is created disabled. 400/404/503 without body schema. Successor of older
    `POST /v1/workflow/templates/{template_id}/copy`.

    Args:
        template_id (UUID):
        body (CopyFlowTemplateRequest | Unset): Values for creating a flow from a template (all
            optional). Vendor schema `CopyTemplateRequest`.

    Raises:
        BadRequestError: 400: Bad request (no body documented); 422: Request validation failed (FastAPI)
        NotFoundError: 404: Template not found (no body documented)
        ServerError: 503: Workflow service unavailable (no body documented)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        CopiedFlow
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyFlowTemplateRequest | Unset = UNSET,
) -> Response[CopiedFlow]:
    """Create a flow from a template

     Body optional. New flow is created disabled. 400/404/503 without body schema. Successor of older
    `POST /v1/workflow/templates/{template_id}/copy`.

    Args:
        template_id (UUID):
        body (CopyFlowTemplateRequest | Unset): Values for creating a flow from a template (all
            optional). Vendor schema `CopyTemplateRequest`.

    Raises:
        BadRequestError: 400: Bad request (no body documented); 422: Request validation failed (FastAPI)
        NotFoundError: 404: Template not found (no body documented)
        ServerError: 503: Workflow service unavailable (no body documented)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[CopiedFlow]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CopyFlowTemplateRequest | Unset = UNSET,
) -> CopiedFlow:
    """Create a flow from a template

     Body optional. New flow is created disabled. 400/404/503 without body schema. Successor of older
    `POST /v1/workflow/templates/{template_id}/copy`.

    Args:
        template_id (UUID):
        body (CopyFlowTemplateRequest | Unset): Values for creating a flow from a template (all
            optional). Vendor schema `CopyTemplateRequest`.

    Raises:
        BadRequestError: 400: Bad request (no body documented); 422: Request validation failed (FastAPI)
        NotFoundError: 404: Template not found (no body documented)
        ServerError: 503: Workflow service unavailable (no body documented)
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        CopiedFlow
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.agent_review import AgentReview
from ...models.field_suggestion import FieldSuggestion
from ...models.review_agent_configuration_body import ReviewAgentConfigurationBody
from ...types import Response


def _get_kwargs(
    *,
    body: ReviewAgentConfigurationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "review_agent_configuration"},
        "url": "/api/v2/agent/autoReviewAgentConfiguration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentReview | list[FieldSuggestion]:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="review_agent_configuration",
            method="POST",
            path="/api/v2/agent/autoReviewAgentConfiguration",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentReview | list[FieldSuggestion]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AgentReview | list[FieldSuggestion]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = FieldSuggestion.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AgentReview.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentReview | list[FieldSuggestion]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewAgentConfigurationBody,
) -> Response[AgentReview | list[FieldSuggestion]]:
    """Get LLM feedback for agent configuration or specific fields

     Runs the autoReviewAgentConfiguration engine in one of two modes: "fields" for field-level feedback
    using promptTips, or "agent" for a holistic review of the agent (main prompt, functions, apps, and
    greeting).

    Args:
        body (ReviewAgentConfigurationBody):

    Raises:
        BadRequestError: 400: Bad request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[AgentReview | list[FieldSuggestion]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ReviewAgentConfigurationBody,
) -> AgentReview | list[FieldSuggestion]:
    """Get LLM feedback for agent configuration or specific fields

     Runs the autoReviewAgentConfiguration engine in one of two modes: "fields" for field-level feedback
    using promptTips, or "agent" for a holistic review of the agent (main prompt, functions, apps, and
    greeting).

    Args:
        body (ReviewAgentConfigurationBody):

    Raises:
        BadRequestError: 400: Bad request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        AgentReview | list[FieldSuggestion]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReviewAgentConfigurationBody,
) -> Response[AgentReview | list[FieldSuggestion]]:
    """Get LLM feedback for agent configuration or specific fields

     Runs the autoReviewAgentConfiguration engine in one of two modes: "fields" for field-level feedback
    using promptTips, or "agent" for a holistic review of the agent (main prompt, functions, apps, and
    greeting).

    Args:
        body (ReviewAgentConfigurationBody):

    Raises:
        BadRequestError: 400: Bad request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[AgentReview | list[FieldSuggestion]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReviewAgentConfigurationBody,
) -> AgentReview | list[FieldSuggestion]:
    """Get LLM feedback for agent configuration or specific fields

     Runs the autoReviewAgentConfiguration engine in one of two modes: "fields" for field-level feedback
    using promptTips, or "agent" for a holistic review of the agent (main prompt, functions, apps, and
    greeting).

    Args:
        body (ReviewAgentConfigurationBody):

    Raises:
        BadRequestError: 400: Bad request
        AuthenticationError: 401: Unauthorized
        ServerError: 500: Server error
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        AgentReview | list[FieldSuggestion]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

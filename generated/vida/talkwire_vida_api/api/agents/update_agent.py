from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.update_agent_body import UpdateAgentBody
from ...models.update_agent_response_200 import UpdateAgentResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateAgentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    _kwargs: dict[str, Any] = {
        "method": "post",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "update_agent"},
        "url": "/api/v2/agent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateAgentResponse200:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="update_agent",
            method="POST",
            path="/api/v2/agent",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAgentResponse200:
    if response.status_code == 200:
        response_200 = UpdateAgentResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAgentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAgentBody,
) -> Response[UpdateAgentResponse200]:
    """Update Agent

     Update an agent. Defaults documented by Vida, kept out of the schema so the client sends only the
    fields you set: agentLang "en-US", agentS2SEngine null, agentSttEngine "deepgram",
    interruptionWordCount 3, interruptionMinimumSpeakingTime 3, speakingTimeout 1200,
    speechProcessingDelay 500, speechProcessingDelayInterruptionStep 500,
    speechProcessingDelayMaxMultiplier 4, callerResponseTimeout 13, callerResponseTimeoutHangupCounter
    3, noContactInjection false, noConvoHistory false, autoRecordingNotification "true",
    recordingNotificationPhrase "This call is being recorded.", preAnswerRingTime null, confirmTransfers
    false, apps [].

    Args:
        body (UpdateAgentBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[UpdateAgentResponse200]
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
    body: UpdateAgentBody,
) -> UpdateAgentResponse200:
    """Update Agent

     Update an agent. Defaults documented by Vida, kept out of the schema so the client sends only the
    fields you set: agentLang "en-US", agentS2SEngine null, agentSttEngine "deepgram",
    interruptionWordCount 3, interruptionMinimumSpeakingTime 3, speakingTimeout 1200,
    speechProcessingDelay 500, speechProcessingDelayInterruptionStep 500,
    speechProcessingDelayMaxMultiplier 4, callerResponseTimeout 13, callerResponseTimeoutHangupCounter
    3, noContactInjection false, noConvoHistory false, autoRecordingNotification "true",
    recordingNotificationPhrase "This call is being recorded.", preAnswerRingTime null, confirmTransfers
    false, apps [].

    Args:
        body (UpdateAgentBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        UpdateAgentResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAgentBody,
) -> Response[UpdateAgentResponse200]:
    """Update Agent

     Update an agent. Defaults documented by Vida, kept out of the schema so the client sends only the
    fields you set: agentLang "en-US", agentS2SEngine null, agentSttEngine "deepgram",
    interruptionWordCount 3, interruptionMinimumSpeakingTime 3, speakingTimeout 1200,
    speechProcessingDelay 500, speechProcessingDelayInterruptionStep 500,
    speechProcessingDelayMaxMultiplier 4, callerResponseTimeout 13, callerResponseTimeoutHangupCounter
    3, noContactInjection false, noConvoHistory false, autoRecordingNotification "true",
    recordingNotificationPhrase "This call is being recorded.", preAnswerRingTime null, confirmTransfers
    false, apps [].

    Args:
        body (UpdateAgentBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[UpdateAgentResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateAgentBody,
) -> UpdateAgentResponse200:
    """Update Agent

     Update an agent. Defaults documented by Vida, kept out of the schema so the client sends only the
    fields you set: agentLang "en-US", agentS2SEngine null, agentSttEngine "deepgram",
    interruptionWordCount 3, interruptionMinimumSpeakingTime 3, speakingTimeout 1200,
    speechProcessingDelay 500, speechProcessingDelayInterruptionStep 500,
    speechProcessingDelayMaxMultiplier 4, callerResponseTimeout 13, callerResponseTimeoutHangupCounter
    3, noContactInjection false, noConvoHistory false, autoRecordingNotification "true",
    recordingNotificationPhrase "This call is being recorded.", preAnswerRingTime null, confirmTransfers
    false, apps [].

    Args:
        body (UpdateAgentBody):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        UpdateAgentResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

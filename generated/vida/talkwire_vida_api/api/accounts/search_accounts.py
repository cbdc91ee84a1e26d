from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import _failure_of
from ...models.search_accounts_response_200 import SearchAccountsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_type: str,
    query_text: str | Unset = UNSET,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_start: float | Unset = UNSET,
    created_end: float | Unset = UNSET,
    canceled_start: float | Unset = UNSET,
    canceled_end: float | Unset = UNSET,
    subscribed: bool | Unset = UNSET,
    canceled: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    onboarding_complete: bool | Unset = UNSET,
    product_plan_id: str | Unset = UNSET,
    product_plan_term: str | Unset = UNSET,
    billing_subscription_id: str | Unset = UNSET,
    billing_id: str | Unset = UNSET,
    external_account_id: str | Unset = UNSET,
    current_billing_period_voice_minutes_min: float | Unset = UNSET,
    current_billing_period_voice_minutes_max: float | Unset = UNSET,
    previous_billing_period_voice_minutes_min: float | Unset = UNSET,
    previous_billing_period_voice_minutes_max: float | Unset = UNSET,
    current_billing_period_messages_min: float | Unset = UNSET,
    current_billing_period_messages_max: float | Unset = UNSET,
    previous_billing_period_messages_min: float | Unset = UNSET,
    previous_billing_period_messages_max: float | Unset = UNSET,
    all_time_voice_minutes_min: float | Unset = UNSET,
    all_time_voice_minutes_max: float | Unset = UNSET,
    all_time_messages_min: float | Unset = UNSET,
    all_time_messages_max: float | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}
    # The media types the spec documents for this operation's responses (scripts/generation/media.py).
    headers["Accept"] = "application/json"

    params: dict[str, Any] = {}

    params["accountType"] = account_type

    params["queryText"] = query_text

    params["pagination"] = pagination

    params["page"] = page

    params["pageSize"] = page_size

    params["createdStart"] = created_start

    params["createdEnd"] = created_end

    params["canceledStart"] = canceled_start

    params["canceledEnd"] = canceled_end

    params["subscribed"] = subscribed

    params["canceled"] = canceled

    params["active"] = active

    params["onboardingComplete"] = onboarding_complete

    params["productPlanId"] = product_plan_id

    params["productPlanTerm"] = product_plan_term

    params["billingSubscriptionId"] = billing_subscription_id

    params["billingId"] = billing_id

    params["externalAccountId"] = external_account_id

    params["currentBillingPeriodVoiceMinutesMin"] = current_billing_period_voice_minutes_min

    params["currentBillingPeriodVoiceMinutesMax"] = current_billing_period_voice_minutes_max

    params["previousBillingPeriodVoiceMinutesMin"] = previous_billing_period_voice_minutes_min

    params["previousBillingPeriodVoiceMinutesMax"] = previous_billing_period_voice_minutes_max

    params["currentBillingPeriodMessagesMin"] = current_billing_period_messages_min

    params["currentBillingPeriodMessagesMax"] = current_billing_period_messages_max

    params["previousBillingPeriodMessagesMin"] = previous_billing_period_messages_min

    params["previousBillingPeriodMessagesMax"] = previous_billing_period_messages_max

    params["allTimeVoiceMinutesMin"] = all_time_voice_minutes_min

    params["allTimeVoiceMinutesMax"] = all_time_voice_minutes_max

    params["allTimeMessagesMin"] = all_time_messages_min

    params["allTimeMessagesMax"] = all_time_messages_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        # Lets talkwire-core's auth, error and paging code know which operation a request belongs to.
        "extensions": {"talkwire_operation": "search_accounts"},
        "url": "/api/v2/searchAccounts",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchAccountsResponse200:
    try:
        return _parse_documented_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A body that does not fit the spec surfaces as one typed error naming the operation, never a bare
        # KeyError/TypeError from the model code, and naming the field when the models recorded which one
        # (e.g. "conversations[3].user.id"). from_exception scrubs the chain it is raised from.
        raise errors.ResponseValidationError.from_exception(
            operation="search_accounts",
            method="GET",
            path="/api/v2/searchAccounts",
            status_code=response.status_code,
            exc=exc,
            failure=_failure_of(exc),
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchAccountsResponse200:
    if response.status_code == 200:
        response_200 = SearchAccountsResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchAccountsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    account_type: str,
    query_text: str | Unset = UNSET,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_start: float | Unset = UNSET,
    created_end: float | Unset = UNSET,
    canceled_start: float | Unset = UNSET,
    canceled_end: float | Unset = UNSET,
    subscribed: bool | Unset = UNSET,
    canceled: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    onboarding_complete: bool | Unset = UNSET,
    product_plan_id: str | Unset = UNSET,
    product_plan_term: str | Unset = UNSET,
    billing_subscription_id: str | Unset = UNSET,
    billing_id: str | Unset = UNSET,
    external_account_id: str | Unset = UNSET,
    current_billing_period_voice_minutes_min: float | Unset = UNSET,
    current_billing_period_voice_minutes_max: float | Unset = UNSET,
    previous_billing_period_voice_minutes_min: float | Unset = UNSET,
    previous_billing_period_voice_minutes_max: float | Unset = UNSET,
    current_billing_period_messages_min: float | Unset = UNSET,
    current_billing_period_messages_max: float | Unset = UNSET,
    previous_billing_period_messages_min: float | Unset = UNSET,
    previous_billing_period_messages_max: float | Unset = UNSET,
    all_time_voice_minutes_min: float | Unset = UNSET,
    all_time_voice_minutes_max: float | Unset = UNSET,
    all_time_messages_min: float | Unset = UNSET,
    all_time_messages_max: float | Unset = UNSET,
) -> Response[SearchAccountsResponse200]:
    """Search accounts

     Search partner, reseller, organization or account objects using various filters

    Args:
        account_type (str):
        query_text (str | Unset):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_start (float | Unset):
        created_end (float | Unset):
        canceled_start (float | Unset):
        canceled_end (float | Unset):
        subscribed (bool | Unset):
        canceled (bool | Unset):
        active (bool | Unset):
        onboarding_complete (bool | Unset):
        product_plan_id (str | Unset):
        product_plan_term (str | Unset):
        billing_subscription_id (str | Unset):
        billing_id (str | Unset):
        external_account_id (str | Unset):
        current_billing_period_voice_minutes_min (float | Unset):
        current_billing_period_voice_minutes_max (float | Unset):
        previous_billing_period_voice_minutes_min (float | Unset):
        previous_billing_period_voice_minutes_max (float | Unset):
        current_billing_period_messages_min (float | Unset):
        current_billing_period_messages_max (float | Unset):
        previous_billing_period_messages_min (float | Unset):
        previous_billing_period_messages_max (float | Unset):
        all_time_voice_minutes_min (float | Unset):
        all_time_voice_minutes_max (float | Unset):
        all_time_messages_min (float | Unset):
        all_time_messages_max (float | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SearchAccountsResponse200]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
        query_text=query_text,
        pagination=pagination,
        page=page,
        page_size=page_size,
        created_start=created_start,
        created_end=created_end,
        canceled_start=canceled_start,
        canceled_end=canceled_end,
        subscribed=subscribed,
        canceled=canceled,
        active=active,
        onboarding_complete=onboarding_complete,
        product_plan_id=product_plan_id,
        product_plan_term=product_plan_term,
        billing_subscription_id=billing_subscription_id,
        billing_id=billing_id,
        external_account_id=external_account_id,
        current_billing_period_voice_minutes_min=current_billing_period_voice_minutes_min,
        current_billing_period_voice_minutes_max=current_billing_period_voice_minutes_max,
        previous_billing_period_voice_minutes_min=previous_billing_period_voice_minutes_min,
        previous_billing_period_voice_minutes_max=previous_billing_period_voice_minutes_max,
        current_billing_period_messages_min=current_billing_period_messages_min,
        current_billing_period_messages_max=current_billing_period_messages_max,
        previous_billing_period_messages_min=previous_billing_period_messages_min,
        previous_billing_period_messages_max=previous_billing_period_messages_max,
        all_time_voice_minutes_min=all_time_voice_minutes_min,
        all_time_voice_minutes_max=all_time_voice_minutes_max,
        all_time_messages_min=all_time_messages_min,
        all_time_messages_max=all_time_messages_max,
    )

    # call_args: the client's per-call options (a `with_options` view's timeout, retries, headers, query).
    response = client.get_httpx_client().request(
        **client.call_args(kwargs),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    account_type: str,
    query_text: str | Unset = UNSET,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_start: float | Unset = UNSET,
    created_end: float | Unset = UNSET,
    canceled_start: float | Unset = UNSET,
    canceled_end: float | Unset = UNSET,
    subscribed: bool | Unset = UNSET,
    canceled: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    onboarding_complete: bool | Unset = UNSET,
    product_plan_id: str | Unset = UNSET,
    product_plan_term: str | Unset = UNSET,
    billing_subscription_id: str | Unset = UNSET,
    billing_id: str | Unset = UNSET,
    external_account_id: str | Unset = UNSET,
    current_billing_period_voice_minutes_min: float | Unset = UNSET,
    current_billing_period_voice_minutes_max: float | Unset = UNSET,
    previous_billing_period_voice_minutes_min: float | Unset = UNSET,
    previous_billing_period_voice_minutes_max: float | Unset = UNSET,
    current_billing_period_messages_min: float | Unset = UNSET,
    current_billing_period_messages_max: float | Unset = UNSET,
    previous_billing_period_messages_min: float | Unset = UNSET,
    previous_billing_period_messages_max: float | Unset = UNSET,
    all_time_voice_minutes_min: float | Unset = UNSET,
    all_time_voice_minutes_max: float | Unset = UNSET,
    all_time_messages_min: float | Unset = UNSET,
    all_time_messages_max: float | Unset = UNSET,
) -> SearchAccountsResponse200:
    """Search accounts

     Search partner, reseller, organization or account objects using various filters

    Args:
        account_type (str):
        query_text (str | Unset):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_start (float | Unset):
        created_end (float | Unset):
        canceled_start (float | Unset):
        canceled_end (float | Unset):
        subscribed (bool | Unset):
        canceled (bool | Unset):
        active (bool | Unset):
        onboarding_complete (bool | Unset):
        product_plan_id (str | Unset):
        product_plan_term (str | Unset):
        billing_subscription_id (str | Unset):
        billing_id (str | Unset):
        external_account_id (str | Unset):
        current_billing_period_voice_minutes_min (float | Unset):
        current_billing_period_voice_minutes_max (float | Unset):
        previous_billing_period_voice_minutes_min (float | Unset):
        previous_billing_period_voice_minutes_max (float | Unset):
        current_billing_period_messages_min (float | Unset):
        current_billing_period_messages_max (float | Unset):
        previous_billing_period_messages_min (float | Unset):
        previous_billing_period_messages_max (float | Unset):
        all_time_voice_minutes_min (float | Unset):
        all_time_voice_minutes_max (float | Unset):
        all_time_messages_min (float | Unset):
        all_time_messages_max (float | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SearchAccountsResponse200
    """

    return sync_detailed(
        client=client,
        account_type=account_type,
        query_text=query_text,
        pagination=pagination,
        page=page,
        page_size=page_size,
        created_start=created_start,
        created_end=created_end,
        canceled_start=canceled_start,
        canceled_end=canceled_end,
        subscribed=subscribed,
        canceled=canceled,
        active=active,
        onboarding_complete=onboarding_complete,
        product_plan_id=product_plan_id,
        product_plan_term=product_plan_term,
        billing_subscription_id=billing_subscription_id,
        billing_id=billing_id,
        external_account_id=external_account_id,
        current_billing_period_voice_minutes_min=current_billing_period_voice_minutes_min,
        current_billing_period_voice_minutes_max=current_billing_period_voice_minutes_max,
        previous_billing_period_voice_minutes_min=previous_billing_period_voice_minutes_min,
        previous_billing_period_voice_minutes_max=previous_billing_period_voice_minutes_max,
        current_billing_period_messages_min=current_billing_period_messages_min,
        current_billing_period_messages_max=current_billing_period_messages_max,
        previous_billing_period_messages_min=previous_billing_period_messages_min,
        previous_billing_period_messages_max=previous_billing_period_messages_max,
        all_time_voice_minutes_min=all_time_voice_minutes_min,
        all_time_voice_minutes_max=all_time_voice_minutes_max,
        all_time_messages_min=all_time_messages_min,
        all_time_messages_max=all_time_messages_max,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_type: str,
    query_text: str | Unset = UNSET,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_start: float | Unset = UNSET,
    created_end: float | Unset = UNSET,
    canceled_start: float | Unset = UNSET,
    canceled_end: float | Unset = UNSET,
    subscribed: bool | Unset = UNSET,
    canceled: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    onboarding_complete: bool | Unset = UNSET,
    product_plan_id: str | Unset = UNSET,
    product_plan_term: str | Unset = UNSET,
    billing_subscription_id: str | Unset = UNSET,
    billing_id: str | Unset = UNSET,
    external_account_id: str | Unset = UNSET,
    current_billing_period_voice_minutes_min: float | Unset = UNSET,
    current_billing_period_voice_minutes_max: float | Unset = UNSET,
    previous_billing_period_voice_minutes_min: float | Unset = UNSET,
    previous_billing_period_voice_minutes_max: float | Unset = UNSET,
    current_billing_period_messages_min: float | Unset = UNSET,
    current_billing_period_messages_max: float | Unset = UNSET,
    previous_billing_period_messages_min: float | Unset = UNSET,
    previous_billing_period_messages_max: float | Unset = UNSET,
    all_time_voice_minutes_min: float | Unset = UNSET,
    all_time_voice_minutes_max: float | Unset = UNSET,
    all_time_messages_min: float | Unset = UNSET,
    all_time_messages_max: float | Unset = UNSET,
) -> Response[SearchAccountsResponse200]:
    """Search accounts

     Search partner, reseller, organization or account objects using various filters

    Args:
        account_type (str):
        query_text (str | Unset):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_start (float | Unset):
        created_end (float | Unset):
        canceled_start (float | Unset):
        canceled_end (float | Unset):
        subscribed (bool | Unset):
        canceled (bool | Unset):
        active (bool | Unset):
        onboarding_complete (bool | Unset):
        product_plan_id (str | Unset):
        product_plan_term (str | Unset):
        billing_subscription_id (str | Unset):
        billing_id (str | Unset):
        external_account_id (str | Unset):
        current_billing_period_voice_minutes_min (float | Unset):
        current_billing_period_voice_minutes_max (float | Unset):
        previous_billing_period_voice_minutes_min (float | Unset):
        previous_billing_period_voice_minutes_max (float | Unset):
        current_billing_period_messages_min (float | Unset):
        current_billing_period_messages_max (float | Unset):
        previous_billing_period_messages_min (float | Unset):
        previous_billing_period_messages_max (float | Unset):
        all_time_voice_minutes_min (float | Unset):
        all_time_voice_minutes_max (float | Unset):
        all_time_messages_min (float | Unset):
        all_time_messages_max (float | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        Response[SearchAccountsResponse200]
    """

    kwargs = _get_kwargs(
        account_type=account_type,
        query_text=query_text,
        pagination=pagination,
        page=page,
        page_size=page_size,
        created_start=created_start,
        created_end=created_end,
        canceled_start=canceled_start,
        canceled_end=canceled_end,
        subscribed=subscribed,
        canceled=canceled,
        active=active,
        onboarding_complete=onboarding_complete,
        product_plan_id=product_plan_id,
        product_plan_term=product_plan_term,
        billing_subscription_id=billing_subscription_id,
        billing_id=billing_id,
        external_account_id=external_account_id,
        current_billing_period_voice_minutes_min=current_billing_period_voice_minutes_min,
        current_billing_period_voice_minutes_max=current_billing_period_voice_minutes_max,
        previous_billing_period_voice_minutes_min=previous_billing_period_voice_minutes_min,
        previous_billing_period_voice_minutes_max=previous_billing_period_voice_minutes_max,
        current_billing_period_messages_min=current_billing_period_messages_min,
        current_billing_period_messages_max=current_billing_period_messages_max,
        previous_billing_period_messages_min=previous_billing_period_messages_min,
        previous_billing_period_messages_max=previous_billing_period_messages_max,
        all_time_voice_minutes_min=all_time_voice_minutes_min,
        all_time_voice_minutes_max=all_time_voice_minutes_max,
        all_time_messages_min=all_time_messages_min,
        all_time_messages_max=all_time_messages_max,
    )

    response = await client.get_async_httpx_client().request(**client.call_args(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account_type: str,
    query_text: str | Unset = UNSET,
    pagination: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    created_start: float | Unset = UNSET,
    created_end: float | Unset = UNSET,
    canceled_start: float | Unset = UNSET,
    canceled_end: float | Unset = UNSET,
    subscribed: bool | Unset = UNSET,
    canceled: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    onboarding_complete: bool | Unset = UNSET,
    product_plan_id: str | Unset = UNSET,
    product_plan_term: str | Unset = UNSET,
    billing_subscription_id: str | Unset = UNSET,
    billing_id: str | Unset = UNSET,
    external_account_id: str | Unset = UNSET,
    current_billing_period_voice_minutes_min: float | Unset = UNSET,
    current_billing_period_voice_minutes_max: float | Unset = UNSET,
    previous_billing_period_voice_minutes_min: float | Unset = UNSET,
    previous_billing_period_voice_minutes_max: float | Unset = UNSET,
    current_billing_period_messages_min: float | Unset = UNSET,
    current_billing_period_messages_max: float | Unset = UNSET,
    previous_billing_period_messages_min: float | Unset = UNSET,
    previous_billing_period_messages_max: float | Unset = UNSET,
    all_time_voice_minutes_min: float | Unset = UNSET,
    all_time_voice_minutes_max: float | Unset = UNSET,
    all_time_messages_min: float | Unset = UNSET,
    all_time_messages_max: float | Unset = UNSET,
) -> SearchAccountsResponse200:
    """Search accounts

     Search partner, reseller, organization or account objects using various filters

    Args:
        account_type (str):
        query_text (str | Unset):
        pagination (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        created_start (float | Unset):
        created_end (float | Unset):
        canceled_start (float | Unset):
        canceled_end (float | Unset):
        subscribed (bool | Unset):
        canceled (bool | Unset):
        active (bool | Unset):
        onboarding_complete (bool | Unset):
        product_plan_id (str | Unset):
        product_plan_term (str | Unset):
        billing_subscription_id (str | Unset):
        billing_id (str | Unset):
        external_account_id (str | Unset):
        current_billing_period_voice_minutes_min (float | Unset):
        current_billing_period_voice_minutes_max (float | Unset):
        previous_billing_period_voice_minutes_min (float | Unset):
        previous_billing_period_voice_minutes_max (float | Unset):
        current_billing_period_messages_min (float | Unset):
        current_billing_period_messages_max (float | Unset):
        previous_billing_period_messages_min (float | Unset):
        previous_billing_period_messages_max (float | Unset):
        all_time_voice_minutes_min (float | Unset):
        all_time_voice_minutes_max (float | Unset):
        all_time_messages_min (float | Unset):
        all_time_messages_max (float | Unset):

    Raises:
        AuthenticationError: 401: the credentials were refused
        APIError: any other error status, as its subclass for the status (RateLimitError 429, ServerError 5xx, ...)
        APIConnectionError: no response (APITimeoutError: a timeout, or the call's deadline passed)
        ResponseValidationError: a 2xx body that does not fit the spec
        UnexpectedStatus: a 2xx status the spec does not document

    Returns:
        SearchAccountsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            account_type=account_type,
            query_text=query_text,
            pagination=pagination,
            page=page,
            page_size=page_size,
            created_start=created_start,
            created_end=created_end,
            canceled_start=canceled_start,
            canceled_end=canceled_end,
            subscribed=subscribed,
            canceled=canceled,
            active=active,
            onboarding_complete=onboarding_complete,
            product_plan_id=product_plan_id,
            product_plan_term=product_plan_term,
            billing_subscription_id=billing_subscription_id,
            billing_id=billing_id,
            external_account_id=external_account_id,
            current_billing_period_voice_minutes_min=current_billing_period_voice_minutes_min,
            current_billing_period_voice_minutes_max=current_billing_period_voice_minutes_max,
            previous_billing_period_voice_minutes_min=previous_billing_period_voice_minutes_min,
            previous_billing_period_voice_minutes_max=previous_billing_period_voice_minutes_max,
            current_billing_period_messages_min=current_billing_period_messages_min,
            current_billing_period_messages_max=current_billing_period_messages_max,
            previous_billing_period_messages_min=previous_billing_period_messages_min,
            previous_billing_period_messages_max=previous_billing_period_messages_max,
            all_time_voice_minutes_min=all_time_voice_minutes_min,
            all_time_voice_minutes_max=all_time_voice_minutes_max,
            all_time_messages_min=all_time_messages_min,
            all_time_messages_max=all_time_messages_max,
        )
    ).parsed

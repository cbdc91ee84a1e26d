"""The client object every operation of this package sends its requests through.

talkwire's overlay packages (``talkwire-vida``) subclass ``AuthenticatedClient`` and
hand it httpx clients configured with the vendor's auth flow, retries, timeouts and typed errors. This plain
version works on its own for quick experiments: pass ``base_url`` and any httpx options.

``AuthenticatedClient`` carries the API's resources, one per tag (``client.accounts``),
each loaded on first use; ``client.aio`` has the same resources for async code. The reference is ``api.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.agent_urls import AgentUrlsResource, AsyncAgentUrlsResource
    from .resources.agents import AgentsResource, AsyncAgentsResource
    from .resources.authorization import AsyncAuthorizationResource, AuthorizationResource
    from .resources.billing import AsyncBillingResource, BillingResource
    from .resources.knowledge import AsyncKnowledgeResource, KnowledgeResource
    from .resources.logs import AsyncLogsResource, LogsResource
    from .resources.messaging import AsyncMessagingResource, MessagingResource
    from .resources.phone_numbers import AsyncPhoneNumbersResource, PhoneNumbersResource
    from .resources.sip import AsyncSipResource, SipResource
    from .resources.tasks import AsyncTasksResource, TasksResource
    from .resources.webhooks import AsyncWebhooksResource, WebhooksResource


class Client:
    """Holds the sync and async httpx clients, created on first use.

    ``httpx_client_factory`` / ``async_httpx_client_factory`` build them when given; otherwise a plain
    ``httpx.Client(base_url=base_url, **httpx_args)`` is used.
    """

    # Generated operations raise errors.UnexpectedStatus for a status the spec does not document, never None.
    raise_on_unexpected_status: bool = True

    def __init__(
        self,
        base_url: str,
        *,
        httpx_client_factory: Callable[[], httpx.Client] | None = None,
        async_httpx_client_factory: Callable[[], httpx.AsyncClient] | None = None,
        **httpx_args: Any,
    ) -> None:
        self._base_url = base_url
        self._httpx_args = httpx_args
        self._httpx_client_factory = httpx_client_factory
        self._async_httpx_client_factory = async_httpx_client_factory
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    @property
    def base_url(self) -> str:
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def call_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The arguments an operation sends its request with; a talkwire client adds its per-call options here."""
        return kwargs

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (it replaces any client built so far, without closing it)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client sync operations send through, built on first use."""
        if self._client is None:
            if self._httpx_client_factory is not None:
                self._client = self._httpx_client_factory()
            else:
                self._client = httpx.Client(base_url=self._base_url, **self._httpx_args)
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient async operations send through, built on first use."""
        if self._async_client is None:
            if self._async_httpx_client_factory is not None:
                self._async_client = self._async_httpx_client_factory()
            else:
                self._async_client = httpx.AsyncClient(base_url=self._base_url, **self._httpx_args)
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool, if one was opened."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool, if one was opened."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


class AuthenticatedClient(Client):
    """A Client whose httpx clients carry credentials (an ``httpx.Auth`` flow set up by the overlay package), and
    the API's resources: ``client.<resource>.<method>(...)``; ``client.aio.<resource>.<method>(...)`` in async code.
    """

    @cached_property
    def accounts(self) -> AccountsResource:
        """Accounts: create_reseller, list_resellers, create_organization, delete_organization, list_organizations, get, update_details, list, create, delete, list_admin_users, delete_admin_user, invite_admin_user, search, search_all, get_by_external_id, update_organization_settings, update_settings."""
        from .resources.accounts import AccountsResource

        return AccountsResource(self)

    @cached_property
    def agent_urls(self) -> AgentUrlsResource:
        """Agent Urls: check_availability, get, create."""
        from .resources.agent_urls import AgentUrlsResource

        return AgentUrlsResource(self)

    @cached_property
    def agents(self) -> AgentsResource:
        """Agents: publish, revert, review_configuration, list_versions, create_version, replace_version, restore_version, rename_version, submit_zapier_response, queue_outbound_calls, update, get_staging_agent, get_live_agent, get, queue_outbound_sms."""
        from .resources.agents import AgentsResource

        return AgentsResource(self)

    @cached_property
    def authorization(self) -> AuthorizationResource:
        """Authorization: list_tokens, create_token, delete_token, generate_one_time_auth_token."""
        from .resources.authorization import AuthorizationResource

        return AuthorizationResource(self)

    @cached_property
    def billing(self) -> BillingResource:
        """Billing: get_usage_stats, get_offered_product_plan, get_current_product_plan, list_available_product_plans, configure_system, subscribe_to_product_plan, cancel_product_subscription, list_available_addons, get_product_catalog, get_product_plan, configure_adr_export."""
        from .resources.billing import BillingResource

        return BillingResource(self)

    @cached_property
    def knowledge(self) -> KnowledgeResource:
        """Knowledge: get_context, add_context, delete_base_documents."""
        from .resources.knowledge import KnowledgeResource

        return KnowledgeResource(self)

    @cached_property
    def logs(self) -> LogsResource:
        """Logs: list_conversation_logs, list_all_conversation_logs."""
        from .resources.logs import LogsResource

        return LogsResource(self)

    @cached_property
    def messaging(self) -> MessagingResource:
        """Messaging: list_priority_inbox, list_all_priority_inbox, list_junk_inbox, list_all_junk_inbox, list_recent_messages, list_room_messages, send_message_to_agent, get_conversation."""
        from .resources.messaging import MessagingResource

        return MessagingResource(self)

    @cached_property
    def phone_numbers(self) -> PhoneNumbersResource:
        """Phone Numbers: assign, assign_byo_phone_number, return_phone_number, search_local_numbers_by_locality, search_local_numbers_by_prefix, search_local_numbers_by_phrase, list_numbering_providers, update_numbering_provider, add_numbering_provider."""
        from .resources.phone_numbers import PhoneNumbersResource

        return PhoneNumbersResource(self)

    @cached_property
    def sip(self) -> SipResource:
        """SIP: get_captures, list_ip_whitelist, add_ip_whitelist_entry, remove_ip_whitelist_entry, list_outbound_routes, add_outbound_route, remove_outbound_route, get_registration, create_registration, delete_registration."""
        from .resources.sip import SipResource

        return SipResource(self)

    @cached_property
    def tasks(self) -> TasksResource:
        """Tasks: list, list_all, create, create_from_csv, get_stats, get_daily_counts, get_limits, update_limits, get, update, delete."""
        from .resources.tasks import TasksResource

        return TasksResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Webhooks: list, create, delete, list_relay_types, get_relay, configure_relay, delete_relay, list_relays."""
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def aio(self) -> AsyncView:
        """This client for async code: the same resources, whose methods are coroutines (``await client.aio.x.get()``)."""
        return AsyncView(self)


class AsyncView:
    """A client's resources for async code (``client.aio``): every method is a coroutine, and auto-paging methods
    return an ``AsyncPager`` (``async for``). It shares the client's connection pools, credentials and options;
    ``async with client.aio:`` closes the running event loop's pool at the end, as ``async with client:`` does.
    """

    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{self.client!r}.aio"

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        """Accounts: create_reseller, list_resellers, create_organization, delete_organization, list_organizations, get, update_details, list, create, delete, list_admin_users, delete_admin_user, invite_admin_user, search, search_all, get_by_external_id, update_organization_settings, update_settings."""
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self.client)

    @cached_property
    def agent_urls(self) -> AsyncAgentUrlsResource:
        """Agent Urls: check_availability, get, create."""
        from .resources.agent_urls import AsyncAgentUrlsResource

        return AsyncAgentUrlsResource(self.client)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """Agents: publish, revert, review_configuration, list_versions, create_version, replace_version, restore_version, rename_version, submit_zapier_response, queue_outbound_calls, update, get_staging_agent, get_live_agent, get, queue_outbound_sms."""
        from .resources.agents import AsyncAgentsResource

        return AsyncAgentsResource(self.client)

    @cached_property
    def authorization(self) -> AsyncAuthorizationResource:
        """Authorization: list_tokens, create_token, delete_token, generate_one_time_auth_token."""
        from .resources.authorization import AsyncAuthorizationResource

        return AsyncAuthorizationResource(self.client)

    @cached_property
    def billing(self) -> AsyncBillingResource:
        """Billing: get_usage_stats, get_offered_product_plan, get_current_product_plan, list_available_product_plans, configure_system, subscribe_to_product_plan, cancel_product_subscription, list_available_addons, get_product_catalog, get_product_plan, configure_adr_export."""
        from .resources.billing import AsyncBillingResource

        return AsyncBillingResource(self.client)

    @cached_property
    def knowledge(self) -> AsyncKnowledgeResource:
        """Knowledge: get_context, add_context, delete_base_documents."""
        from .resources.knowledge import AsyncKnowledgeResource

        return AsyncKnowledgeResource(self.client)

    @cached_property
    def logs(self) -> AsyncLogsResource:
        """Logs: list_conversation_logs, list_all_conversation_logs."""
        from .resources.logs import AsyncLogsResource

        return AsyncLogsResource(self.client)

    @cached_property
    def messaging(self) -> AsyncMessagingResource:
        """Messaging: list_priority_inbox, list_all_priority_inbox, list_junk_inbox, list_all_junk_inbox, list_recent_messages, list_room_messages, send_message_to_agent, get_conversation."""
        from .resources.messaging import AsyncMessagingResource

        return AsyncMessagingResource(self.client)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbersResource:
        """Phone Numbers: assign, assign_byo_phone_number, return_phone_number, search_local_numbers_by_locality, search_local_numbers_by_prefix, search_local_numbers_by_phrase, list_numbering_providers, update_numbering_provider, add_numbering_provider."""
        from .resources.phone_numbers import AsyncPhoneNumbersResource

        return AsyncPhoneNumbersResource(self.client)

    @cached_property
    def sip(self) -> AsyncSipResource:
        """SIP: get_captures, list_ip_whitelist, add_ip_whitelist_entry, remove_ip_whitelist_entry, list_outbound_routes, add_outbound_route, remove_outbound_route, get_registration, create_registration, delete_registration."""
        from .resources.sip import AsyncSipResource

        return AsyncSipResource(self.client)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        """Tasks: list, list_all, create, create_from_csv, get_stats, get_daily_counts, get_limits, update_limits, get, update, delete."""
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self.client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Webhooks: list, create, delete, list_relay_types, get_relay, configure_relay, delete_relay, list_relays."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self.client)

    async def aclose(self) -> None:
        """Close the running event loop's connection pool, if one was opened."""
        await self.client.aclose()

    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.client.__aexit__(exc_type, exc_value, traceback)

"""The client object every operation of this package sends its requests through.

talkwire's overlay packages (``talkwire-diga``) subclass ``AuthenticatedClient`` and
hand it httpx clients configured with the vendor's auth flow, retries, timeouts and typed errors. This plain
version works on its own for quick experiments: pass ``base_url`` and any httpx options.

``AuthenticatedClient`` carries the API's resources, one per tag (``client.agent_templates``),
each loaded on first use; ``client.aio`` has the same resources for async code. The reference is ``api.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from .resources.agent_templates import AgentTemplatesResource, AsyncAgentTemplatesResource
    from .resources.agents import AgentsResource, AsyncAgentsResource
    from .resources.api_keys import ApiKeysResource, AsyncApiKeysResource
    from .resources.billing import AsyncBillingResource, BillingResource
    from .resources.call_logs import AsyncCallLogsResource, CallLogsResource
    from .resources.call_traces import AsyncCallTracesResource, CallTracesResource
    from .resources.calls import AsyncCallsResource, CallsResource
    from .resources.conversational_paths import AsyncConversationalPathsResource, ConversationalPathsResource
    from .resources.integration_templates import AsyncIntegrationTemplatesResource, IntegrationTemplatesResource
    from .resources.integrations import AsyncIntegrationsResource, IntegrationsResource
    from .resources.knowledge import AsyncKnowledgeResource, KnowledgeResource
    from .resources.knowledge_bases import AsyncKnowledgeBasesResource, KnowledgeBasesResource
    from .resources.knowledge_items import AsyncKnowledgeItemsResource, KnowledgeItemsResource
    from .resources.notifications import AsyncNotificationsResource, NotificationsResource
    from .resources.phones import AsyncPhonesResource, PhonesResource
    from .resources.project_invitations import AsyncProjectInvitationsResource, ProjectInvitationsResource
    from .resources.project_members import AsyncProjectMembersResource, ProjectMembersResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.recordings import AsyncRecordingsResource, RecordingsResource
    from .resources.roles import AsyncRolesResource, RolesResource
    from .resources.verification import AsyncVerificationResource, VerificationResource
    from .resources.voices import AsyncVoicesResource, VoicesResource
    from .resources.webhooks import AsyncWebhooksResource, WebhooksResource
    from .resources.workflow_actions import AsyncWorkflowActionsResource, WorkflowActionsResource
    from .resources.workflow_branches import AsyncWorkflowBranchesResource, WorkflowBranchesResource
    from .resources.workflow_connections import AsyncWorkflowConnectionsResource, WorkflowConnectionsResource
    from .resources.workflow_executions import AsyncWorkflowExecutionsResource, WorkflowExecutionsResource
    from .resources.workflow_pieces import AsyncWorkflowPiecesResource, WorkflowPiecesResource
    from .resources.workflow_templates import AsyncWorkflowTemplatesResource, WorkflowTemplatesResource
    from .resources.workflow_testing import AsyncWorkflowTestingResource, WorkflowTestingResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource


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
    def agent_templates(self) -> AgentTemplatesResource:
        """Agent Templates: list, list_all, get, copy."""
        from .resources.agent_templates import AgentTemplatesResource

        return AgentTemplatesResource(self)

    @cached_property
    def agents(self) -> AgentsResource:
        """Agents: list, list_all, create, list_version_options, get, delete, update, duplicate, list_versions, list_all_versions, launch_version, delete_version, publish_version."""
        from .resources.agents import AgentsResource

        return AgentsResource(self)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """API Keys: list, list_all, create, get, delete, update."""
        from .resources.api_keys import ApiKeysResource

        return ApiKeysResource(self)

    @cached_property
    def billing(self) -> BillingResource:
        """Billing: update_customer, list_payment_methods, get_subscription, get_upcoming_invoice."""
        from .resources.billing import BillingResource

        return BillingResource(self)

    @cached_property
    def call_logs(self) -> CallLogsResource:
        """Call Logs: list, list_all."""
        from .resources.call_logs import CallLogsResource

        return CallLogsResource(self)

    @cached_property
    def call_traces(self) -> CallTracesResource:
        """Call Traces: get."""
        from .resources.call_traces import CallTracesResource

        return CallTracesResource(self)

    @cached_property
    def calls(self) -> CallsResource:
        """Calls: list, list_all, create, get, stream_concurrency, list_messages, list_all_messages, bulk_delete_calls."""
        from .resources.calls import CallsResource

        return CallsResource(self)

    @cached_property
    def conversational_paths(self) -> ConversationalPathsResource:
        """Conversational Paths: list, list_all, create, get, delete, update."""
        from .resources.conversational_paths import ConversationalPathsResource

        return ConversationalPathsResource(self)

    @cached_property
    def integration_templates(self) -> IntegrationTemplatesResource:
        """Integration Templates: list, list_all, get, copy."""
        from .resources.integration_templates import IntegrationTemplatesResource

        return IntegrationTemplatesResource(self)

    @cached_property
    def integrations(self) -> IntegrationsResource:
        """Integrations: list, list_all, create, get, delete, update, list_tools, list_all_tools, create_tool, get_tool, delete_tool, update_tool, update_tool_approvals."""
        from .resources.integrations import IntegrationsResource

        return IntegrationsResource(self)

    @cached_property
    def knowledge(self) -> KnowledgeResource:
        """Knowledge: get_usage."""
        from .resources.knowledge import KnowledgeResource

        return KnowledgeResource(self)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResource:
        """Knowledge Bases: list, list_all, create, get, delete, update."""
        from .resources.knowledge_bases import KnowledgeBasesResource

        return KnowledgeBasesResource(self)

    @cached_property
    def knowledge_items(self) -> KnowledgeItemsResource:
        """Knowledge Items: list, list_all, upload_knowledge_files, upload_knowledge_urls, upload_knowledge_text, get, delete, update."""
        from .resources.knowledge_items import KnowledgeItemsResource

        return KnowledgeItemsResource(self)

    @cached_property
    def notifications(self) -> NotificationsResource:
        """Notifications: get_usage_alert, update_usage_alert."""
        from .resources.notifications import NotificationsResource

        return NotificationsResource(self)

    @cached_property
    def phones(self) -> PhonesResource:
        """Phones: list, list_all, get, update, update_sip_config, release, import_number."""
        from .resources.phones import PhonesResource

        return PhonesResource(self)

    @cached_property
    def project_invitations(self) -> ProjectInvitationsResource:
        """Project Invitations: get, delete, send, send_bulk_invitations, accept, update_role."""
        from .resources.project_invitations import ProjectInvitationsResource

        return ProjectInvitationsResource(self)

    @cached_property
    def project_members(self) -> ProjectMembersResource:
        """Project Members: get_current_member, get, remove, list, list_all, update_role."""
        from .resources.project_members import ProjectMembersResource

        return ProjectMembersResource(self)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Projects: list, list_all, create, get, delete, update."""
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def recordings(self) -> RecordingsResource:
        """Recordings: get, bulk_download_recordings."""
        from .resources.recordings import RecordingsResource

        return RecordingsResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        """Roles: list, get."""
        from .resources.roles import RolesResource

        return RolesResource(self)

    @cached_property
    def verification(self) -> VerificationResource:
        """Verification: list, list_all, create."""
        from .resources.verification import VerificationResource

        return VerificationResource(self)

    @cached_property
    def voices(self) -> VoicesResource:
        """Voices: list, list_all, add_favourite_voice, remove_favourite_voice, list_favourite_voices, list_all_favourite_voices, get."""
        from .resources.voices import VoicesResource

        return VoicesResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Webhooks: list, list_all, create, get, delete, update, rotate_secret."""
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def workflow_actions(self) -> WorkflowActionsResource:
        """Workflow Actions: add_flow_action, update_flow_action, delete_flow_action, move_flow_action."""
        from .resources.workflow_actions import WorkflowActionsResource

        return WorkflowActionsResource(self)

    @cached_property
    def workflow_branches(self) -> WorkflowBranchesResource:
        """Workflow Branches: add_flow_branch, delete_flow_branch, duplicate_flow_branch, move_flow_branch."""
        from .resources.workflow_branches import WorkflowBranchesResource

        return WorkflowBranchesResource(self)

    @cached_property
    def workflow_connections(self) -> WorkflowConnectionsResource:
        """Workflow Connections: list, create."""
        from .resources.workflow_connections import WorkflowConnectionsResource

        return WorkflowConnectionsResource(self)

    @cached_property
    def workflow_executions(self) -> WorkflowExecutionsResource:
        """Workflow Executions: list_flow_executions, list_all_flow_executions, get_flow_execution, test_flow."""
        from .resources.workflow_executions import WorkflowExecutionsResource

        return WorkflowExecutionsResource(self)

    @cached_property
    def workflow_pieces(self) -> WorkflowPiecesResource:
        """Workflow Pieces: list, get."""
        from .resources.workflow_pieces import WorkflowPiecesResource

        return WorkflowPiecesResource(self)

    @cached_property
    def workflow_templates(self) -> WorkflowTemplatesResource:
        """Workflow Templates: list_flow_templates, list_all_flow_templates, get_flow_template, copy_flow_template."""
        from .resources.workflow_templates import WorkflowTemplatesResource

        return WorkflowTemplatesResource(self)

    @cached_property
    def workflow_testing(self) -> WorkflowTestingResource:
        """Workflow Testing: test_flow_step, test_flow_trigger, get_step_sample_data, save_step_sample_data."""
        from .resources.workflow_testing import WorkflowTestingResource

        return WorkflowTestingResource(self)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        """Workflows: list_flows, list_all_flows, create_flow, get_flow, delete_flow, rename_flow, set_flow_status, publish_flow, use_flow_as_draft, update_flow_trigger, import_flow."""
        from .resources.workflows import WorkflowsResource

        return WorkflowsResource(self)

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
    def agent_templates(self) -> AsyncAgentTemplatesResource:
        """Agent Templates: list, list_all, get, copy."""
        from .resources.agent_templates import AsyncAgentTemplatesResource

        return AsyncAgentTemplatesResource(self.client)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        """Agents: list, list_all, create, list_version_options, get, delete, update, duplicate, list_versions, list_all_versions, launch_version, delete_version, publish_version."""
        from .resources.agents import AsyncAgentsResource

        return AsyncAgentsResource(self.client)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """API Keys: list, list_all, create, get, delete, update."""
        from .resources.api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self.client)

    @cached_property
    def billing(self) -> AsyncBillingResource:
        """Billing: update_customer, list_payment_methods, get_subscription, get_upcoming_invoice."""
        from .resources.billing import AsyncBillingResource

        return AsyncBillingResource(self.client)

    @cached_property
    def call_logs(self) -> AsyncCallLogsResource:
        """Call Logs: list, list_all."""
        from .resources.call_logs import AsyncCallLogsResource

        return AsyncCallLogsResource(self.client)

    @cached_property
    def call_traces(self) -> AsyncCallTracesResource:
        """Call Traces: get."""
        from .resources.call_traces import AsyncCallTracesResource

        return AsyncCallTracesResource(self.client)

    @cached_property
    def calls(self) -> AsyncCallsResource:
        """Calls: list, list_all, create, get, stream_concurrency, list_messages, list_all_messages, bulk_delete_calls."""
        from .resources.calls import AsyncCallsResource

        return AsyncCallsResource(self.client)

    @cached_property
    def conversational_paths(self) -> AsyncConversationalPathsResource:
        """Conversational Paths: list, list_all, create, get, delete, update."""
        from .resources.conversational_paths import AsyncConversationalPathsResource

        return AsyncConversationalPathsResource(self.client)

    @cached_property
    def integration_templates(self) -> AsyncIntegrationTemplatesResource:
        """Integration Templates: list, list_all, get, copy."""
        from .resources.integration_templates import AsyncIntegrationTemplatesResource

        return AsyncIntegrationTemplatesResource(self.client)

    @cached_property
    def integrations(self) -> AsyncIntegrationsResource:
        """Integrations: list, list_all, create, get, delete, update, list_tools, list_all_tools, create_tool, get_tool, delete_tool, update_tool, update_tool_approvals."""
        from .resources.integrations import AsyncIntegrationsResource

        return AsyncIntegrationsResource(self.client)

    @cached_property
    def knowledge(self) -> AsyncKnowledgeResource:
        """Knowledge: get_usage."""
        from .resources.knowledge import AsyncKnowledgeResource

        return AsyncKnowledgeResource(self.client)

    @cached_property
    def knowledge_bases(self) -> AsyncKnowledgeBasesResource:
        """Knowledge Bases: list, list_all, create, get, delete, update."""
        from .resources.knowledge_bases import AsyncKnowledgeBasesResource

        return AsyncKnowledgeBasesResource(self.client)

    @cached_property
    def knowledge_items(self) -> AsyncKnowledgeItemsResource:
        """Knowledge Items: list, list_all, upload_knowledge_files, upload_knowledge_urls, upload_knowledge_text, get, delete, update."""
        from .resources.knowledge_items import AsyncKnowledgeItemsResource

        return AsyncKnowledgeItemsResource(self.client)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        """Notifications: get_usage_alert, update_usage_alert."""
        from .resources.notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self.client)

    @cached_property
    def phones(self) -> AsyncPhonesResource:
        """Phones: list, list_all, get, update, update_sip_config, release, import_number."""
        from .resources.phones import AsyncPhonesResource

        return AsyncPhonesResource(self.client)

    @cached_property
    def project_invitations(self) -> AsyncProjectInvitationsResource:
        """Project Invitations: get, delete, send, send_bulk_invitations, accept, update_role."""
        from .resources.project_invitations import AsyncProjectInvitationsResource

        return AsyncProjectInvitationsResource(self.client)

    @cached_property
    def project_members(self) -> AsyncProjectMembersResource:
        """Project Members: get_current_member, get, remove, list, list_all, update_role."""
        from .resources.project_members import AsyncProjectMembersResource

        return AsyncProjectMembersResource(self.client)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Projects: list, list_all, create, get, delete, update."""
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self.client)

    @cached_property
    def recordings(self) -> AsyncRecordingsResource:
        """Recordings: get, bulk_download_recordings."""
        from .resources.recordings import AsyncRecordingsResource

        return AsyncRecordingsResource(self.client)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        """Roles: list, get."""
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self.client)

    @cached_property
    def verification(self) -> AsyncVerificationResource:
        """Verification: list, list_all, create."""
        from .resources.verification import AsyncVerificationResource

        return AsyncVerificationResource(self.client)

    @cached_property
    def voices(self) -> AsyncVoicesResource:
        """Voices: list, list_all, add_favourite_voice, remove_favourite_voice, list_favourite_voices, list_all_favourite_voices, get."""
        from .resources.voices import AsyncVoicesResource

        return AsyncVoicesResource(self.client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Webhooks: list, list_all, create, get, delete, update, rotate_secret."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self.client)

    @cached_property
    def workflow_actions(self) -> AsyncWorkflowActionsResource:
        """Workflow Actions: add_flow_action, update_flow_action, delete_flow_action, move_flow_action."""
        from .resources.workflow_actions import AsyncWorkflowActionsResource

        return AsyncWorkflowActionsResource(self.client)

    @cached_property
    def workflow_branches(self) -> AsyncWorkflowBranchesResource:
        """Workflow Branches: add_flow_branch, delete_flow_branch, duplicate_flow_branch, move_flow_branch."""
        from .resources.workflow_branches import AsyncWorkflowBranchesResource

        return AsyncWorkflowBranchesResource(self.client)

    @cached_property
    def workflow_connections(self) -> AsyncWorkflowConnectionsResource:
        """Workflow Connections: list, create."""
        from .resources.workflow_connections import AsyncWorkflowConnectionsResource

        return AsyncWorkflowConnectionsResource(self.client)

    @cached_property
    def workflow_executions(self) -> AsyncWorkflowExecutionsResource:
        """Workflow Executions: list_flow_executions, list_all_flow_executions, get_flow_execution, test_flow."""
        from .resources.workflow_executions import AsyncWorkflowExecutionsResource

        return AsyncWorkflowExecutionsResource(self.client)

    @cached_property
    def workflow_pieces(self) -> AsyncWorkflowPiecesResource:
        """Workflow Pieces: list, get."""
        from .resources.workflow_pieces import AsyncWorkflowPiecesResource

        return AsyncWorkflowPiecesResource(self.client)

    @cached_property
    def workflow_templates(self) -> AsyncWorkflowTemplatesResource:
        """Workflow Templates: list_flow_templates, list_all_flow_templates, get_flow_template, copy_flow_template."""
        from .resources.workflow_templates import AsyncWorkflowTemplatesResource

        return AsyncWorkflowTemplatesResource(self.client)

    @cached_property
    def workflow_testing(self) -> AsyncWorkflowTestingResource:
        """Workflow Testing: test_flow_step, test_flow_trigger, get_step_sample_data, save_step_sample_data."""
        from .resources.workflow_testing import AsyncWorkflowTestingResource

        return AsyncWorkflowTestingResource(self.client)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        """Workflows: list_flows, list_all_flows, create_flow, get_flow, delete_flow, rename_flow, set_flow_status, publish_flow, use_flow_as_draft, update_flow_trigger, import_flow."""
        from .resources.workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self.client)

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

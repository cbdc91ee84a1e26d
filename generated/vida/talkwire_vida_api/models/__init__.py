"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses. The functions below are
shared by the models' from_dict: they read UUIDs and date-times off the wire, and record in an exception raised
while a body is read which field of it was at fault (`_failure_of` reads that back).
"""

import datetime
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from .action_suggestion import ActionSuggestion
    from .add_context_body import AddContextBody
    from .add_numbering_provider_body import AddNumberingProviderBody
    from .add_numbering_provider_body_config import AddNumberingProviderBodyConfig
    from .add_sip_ip_whitelist_entry_body import AddSipIpWhitelistEntryBody
    from .add_sip_outbound_route_body import AddSipOutboundRouteBody
    from .agent_review import AgentReview
    from .agent_url import AgentUrl
    from .app_suggestion import AppSuggestion
    from .assign_byo_phone_number_body import AssignByoPhoneNumberBody
    from .assign_phone_number_body import AssignPhoneNumberBody
    from .cancel_product_subscription_body import CancelProductSubscriptionBody
    from .check_agent_url_availability_response_200 import CheckAgentUrlAvailabilityResponse200
    from .configure_adr_export_body import ConfigureAdrExportBody
    from .configure_billing_system_body import ConfigureBillingSystemBody
    from .configure_webhook_relay_body import ConfigureWebhookRelayBody
    from .create_account_body import CreateAccountBody
    from .create_account_response_201 import CreateAccountResponse201
    from .create_agent_url_body import CreateAgentUrlBody
    from .create_agent_version_body import CreateAgentVersionBody
    from .create_agent_version_body_source import CreateAgentVersionBodySource
    from .create_agent_version_response_201 import CreateAgentVersionResponse201
    from .create_agent_version_response_201_created_version import CreateAgentVersionResponse201CreatedVersion
    from .create_organization_body import CreateOrganizationBody
    from .create_organization_body_numbering_providers_item import CreateOrganizationBodyNumberingProvidersItem
    from .create_organization_body_numbering_providers_item_config import (
        CreateOrganizationBodyNumberingProvidersItemConfig,
    )
    from .create_organization_response_201 import CreateOrganizationResponse201
    from .create_organization_response_201_organization import CreateOrganizationResponse201Organization
    from .create_reseller_body import CreateResellerBody
    from .create_reseller_response_201 import CreateResellerResponse201
    from .create_sip_registration_body import CreateSipRegistrationBody
    from .create_task_body import CreateTaskBody
    from .create_tasks_from_csv_body import CreateTasksFromCsvBody
    from .create_token_body import CreateTokenBody
    from .create_token_response_200 import CreateTokenResponse200
    from .create_webhook_body import CreateWebhookBody
    from .create_webhook_body_type import CreateWebhookBodyType
    from .delete_account_body import DeleteAccountBody
    from .delete_admin_user_body import DeleteAdminUserBody
    from .delete_knowledge_base_documents_body import DeleteKnowledgeBaseDocumentsBody
    from .delete_knowledge_base_documents_response_404 import DeleteKnowledgeBaseDocumentsResponse404
    from .delete_organization_body import DeleteOrganizationBody
    from .delete_token_body import DeleteTokenBody
    from .delete_webhook_body import DeleteWebhookBody
    from .dialog_entry import DialogEntry
    from .error_response import ErrorResponse
    from .field_suggestion import FieldSuggestion
    from .generate_one_time_auth_token_response_200 import GenerateOneTimeAuthTokenResponse200
    from .get_account_by_external_id_response_200 import GetAccountByExternalIdResponse200
    from .get_account_by_external_id_response_200_account import GetAccountByExternalIdResponse200Account
    from .get_account_response_200 import GetAccountResponse200
    from .get_account_response_200_details import GetAccountResponse200Details
    from .get_agent_response_200 import GetAgentResponse200
    from .get_agent_response_200_sponsorship import GetAgentResponse200Sponsorship
    from .get_context_response_200 import GetContextResponse200
    from .get_conversation_response_200_item import GetConversationResponse200Item
    from .get_conversation_response_200_item_conversation_item import GetConversationResponse200ItemConversationItem
    from .get_current_product_plan_response_200 import GetCurrentProductPlanResponse200
    from .get_live_agent_response_200 import GetLiveAgentResponse200
    from .get_offered_product_plan_response_200 import GetOfferedProductPlanResponse200
    from .get_product_catalog_response_200 import GetProductCatalogResponse200
    from .get_product_plan_response_200 import GetProductPlanResponse200
    from .get_staging_agent_response_200 import GetStagingAgentResponse200
    from .get_task_daily_counts_response_200 import GetTaskDailyCountsResponse200
    from .get_task_daily_counts_response_200_counts import GetTaskDailyCountsResponse200Counts
    from .get_task_limits_response_200 import GetTaskLimitsResponse200
    from .get_task_limits_response_200_limits import GetTaskLimitsResponse200Limits
    from .get_task_limits_response_200_limits_business_hours import GetTaskLimitsResponse200LimitsBusinessHours
    from .get_task_limits_response_200_limits_cooldowns import GetTaskLimitsResponse200LimitsCooldowns
    from .get_task_limits_response_200_limits_daily import GetTaskLimitsResponse200LimitsDaily
    from .get_task_response_200 import GetTaskResponse200
    from .get_task_response_200_task import GetTaskResponse200Task
    from .get_task_stats_response_200 import GetTaskStatsResponse200
    from .get_task_stats_response_200_by_state import GetTaskStatsResponse200ByState
    from .get_usage_stats_response_200 import GetUsageStatsResponse200
    from .get_webhook_relay_response_200 import GetWebhookRelayResponse200
    from .get_webhook_relay_response_200_config import GetWebhookRelayResponse200Config
    from .inbox_page import InboxPage
    from .inbox_room import InboxRoom
    from .integration import Integration
    from .integration_app_data import IntegrationAppData
    from .invite_admin_user_body import InviteAdminUserBody
    from .list_admin_users_response_200 import ListAdminUsersResponse200
    from .list_agent_versions_response_200 import ListAgentVersionsResponse200
    from .list_agent_versions_response_200_versions_item import ListAgentVersionsResponse200VersionsItem
    from .list_agent_versions_response_200_versions_item_snapshot import (
        ListAgentVersionsResponse200VersionsItemSnapshot,
    )
    from .list_available_addons_response_200 import ListAvailableAddonsResponse200
    from .list_available_product_plans_response_200 import ListAvailableProductPlansResponse200
    from .list_conversation_logs_format import ListConversationLogsFormat
    from .list_conversation_logs_response_200 import ListConversationLogsResponse200
    from .list_conversation_logs_response_200_logs_item import ListConversationLogsResponse200LogsItem
    from .list_conversation_logs_response_200_pagination import ListConversationLogsResponse200Pagination
    from .list_conversation_logs_response_500 import ListConversationLogsResponse500
    from .list_numbering_providers_response_200 import ListNumberingProvidersResponse200
    from .list_numbering_providers_response_200_numbering_providers_item import (
        ListNumberingProvidersResponse200NumberingProvidersItem,
    )
    from .list_recent_messages_response_200_item import ListRecentMessagesResponse200Item
    from .list_recent_messages_response_200_item_attachments_item import (
        ListRecentMessagesResponse200ItemAttachmentsItem,
    )
    from .list_room_messages_response_200_item import ListRoomMessagesResponse200Item
    from .list_tasks_response_200 import ListTasksResponse200
    from .list_tasks_response_200_tasks_item import ListTasksResponse200TasksItem
    from .list_tokens_response_200 import ListTokensResponse200
    from .list_webhook_relay_types_response_200 import ListWebhookRelayTypesResponse200
    from .list_webhook_relay_types_response_200_types_item import ListWebhookRelayTypesResponse200TypesItem
    from .list_webhook_relays_response_200 import ListWebhookRelaysResponse200
    from .list_webhook_relays_response_200_configs_item import ListWebhookRelaysResponse200ConfigsItem
    from .queue_outbound_calls_batch_call import QueueOutboundCallsBatchCall
    from .queue_outbound_calls_batch_call_meta import QueueOutboundCallsBatchCallMeta
    from .queue_outbound_calls_batch_call_target import QueueOutboundCallsBatchCallTarget
    from .queue_outbound_calls_batch_call_target_meta import QueueOutboundCallsBatchCallTargetMeta
    from .queue_outbound_calls_single_call import QueueOutboundCallsSingleCall
    from .queue_outbound_calls_single_call_meta import QueueOutboundCallsSingleCallMeta
    from .queue_outbound_sms_batch_sms import QueueOutboundSmsBatchSms
    from .queue_outbound_sms_batch_sms_meta import QueueOutboundSmsBatchSmsMeta
    from .queue_outbound_sms_batch_sms_target import QueueOutboundSmsBatchSmsTarget
    from .queue_outbound_sms_batch_sms_target_meta import QueueOutboundSmsBatchSmsTargetMeta
    from .queue_outbound_sms_single_sms import QueueOutboundSmsSingleSms
    from .queue_outbound_sms_single_sms_meta import QueueOutboundSmsSingleSmsMeta
    from .queued_tasks import QueuedTasks
    from .queued_tasks_tasks_item import QueuedTasksTasksItem
    from .remove_sip_ip_whitelist_entry_body import RemoveSipIpWhitelistEntryBody
    from .remove_sip_outbound_route_body import RemoveSipOutboundRouteBody
    from .rename_agent_version_body import RenameAgentVersionBody
    from .rename_agent_version_response_200 import RenameAgentVersionResponse200
    from .replace_agent_version_body import ReplaceAgentVersionBody
    from .replace_agent_version_body_snapshot import ReplaceAgentVersionBodySnapshot
    from .replace_agent_version_response_200 import ReplaceAgentVersionResponse200
    from .restore_agent_version_body import RestoreAgentVersionBody
    from .restore_agent_version_body_target import RestoreAgentVersionBodyTarget
    from .restore_agent_version_response_200 import RestoreAgentVersionResponse200
    from .restore_agent_version_response_200_restored import RestoreAgentVersionResponse200Restored
    from .return_phone_number_body import ReturnPhoneNumberBody
    from .review_agent_configuration_body import ReviewAgentConfigurationBody
    from .review_agent_configuration_body_fields_item import ReviewAgentConfigurationBodyFieldsItem
    from .review_agent_configuration_body_mode import ReviewAgentConfigurationBodyMode
    from .search_accounts_response_200 import SearchAccountsResponse200
    from .search_accounts_response_200_accounts_item import SearchAccountsResponse200AccountsItem
    from .search_local_numbers_by_locality_body import SearchLocalNumbersByLocalityBody
    from .search_local_numbers_by_phrase_body import SearchLocalNumbersByPhraseBody
    from .search_local_numbers_by_prefix_body import SearchLocalNumbersByPrefixBody
    from .send_message_to_agent_body import SendMessageToAgentBody
    from .send_message_to_agent_body_attachments_item import SendMessageToAgentBodyAttachmentsItem
    from .send_message_to_agent_body_context import SendMessageToAgentBodyContext
    from .send_message_to_agent_body_metadata import SendMessageToAgentBodyMetadata
    from .send_message_to_agent_response_200 import SendMessageToAgentResponse200
    from .settings_update_error import SettingsUpdateError
    from .settings_update_result import SettingsUpdateResult
    from .sip_ip_whitelist import SipIpWhitelist
    from .sip_ip_whitelist_entry import SipIpWhitelistEntry
    from .sip_outbound_routes import SipOutboundRoutes
    from .submit_zapier_response_body import SubmitZapierResponseBody
    from .subscribe_to_product_plan_body import SubscribeToProductPlanBody
    from .success_response import SuccessResponse
    from .token import Token
    from .update_account_details_body import UpdateAccountDetailsBody
    from .update_account_details_response_200 import UpdateAccountDetailsResponse200
    from .update_account_settings_body import UpdateAccountSettingsBody
    from .update_agent_body import UpdateAgentBody
    from .update_agent_body_agent_lang import UpdateAgentBodyAgentLang
    from .update_agent_body_agent_s2s_engine import UpdateAgentBodyAgentS2SEngine
    from .update_agent_body_agent_stt_engine import UpdateAgentBodyAgentSttEngine
    from .update_agent_body_apps_item import UpdateAgentBodyAppsItem
    from .update_agent_body_type import UpdateAgentBodyType
    from .update_agent_response_200 import UpdateAgentResponse200
    from .update_numbering_provider_body import UpdateNumberingProviderBody
    from .update_numbering_provider_body_config import UpdateNumberingProviderBodyConfig
    from .update_organization_settings_body import UpdateOrganizationSettingsBody
    from .update_task_body import UpdateTaskBody
    from .update_task_limits_body import UpdateTaskLimitsBody
    from .update_task_limits_body_business_hours import UpdateTaskLimitsBodyBusinessHours
    from .update_task_limits_body_cooldowns import UpdateTaskLimitsBodyCooldowns
    from .update_task_limits_body_daily import UpdateTaskLimitsBodyDaily
    from .webhook import Webhook
    from .webhook_list import WebhookList
    from .webhook_relay_header import WebhookRelayHeader

_MODULE_OF: dict[str, str] = {
    "ActionSuggestion": ".action_suggestion",
    "AddContextBody": ".add_context_body",
    "AddNumberingProviderBody": ".add_numbering_provider_body",
    "AddNumberingProviderBodyConfig": ".add_numbering_provider_body_config",
    "AddSipIpWhitelistEntryBody": ".add_sip_ip_whitelist_entry_body",
    "AddSipOutboundRouteBody": ".add_sip_outbound_route_body",
    "AgentReview": ".agent_review",
    "AgentUrl": ".agent_url",
    "AppSuggestion": ".app_suggestion",
    "AssignByoPhoneNumberBody": ".assign_byo_phone_number_body",
    "AssignPhoneNumberBody": ".assign_phone_number_body",
    "CancelProductSubscriptionBody": ".cancel_product_subscription_body",
    "CheckAgentUrlAvailabilityResponse200": ".check_agent_url_availability_response_200",
    "ConfigureAdrExportBody": ".configure_adr_export_body",
    "ConfigureBillingSystemBody": ".configure_billing_system_body",
    "ConfigureWebhookRelayBody": ".configure_webhook_relay_body",
    "CreateAccountBody": ".create_account_body",
    "CreateAccountResponse201": ".create_account_response_201",
    "CreateAgentUrlBody": ".create_agent_url_body",
    "CreateAgentVersionBody": ".create_agent_version_body",
    "CreateAgentVersionBodySource": ".create_agent_version_body_source",
    "CreateAgentVersionResponse201": ".create_agent_version_response_201",
    "CreateAgentVersionResponse201CreatedVersion": ".create_agent_version_response_201_created_version",
    "CreateOrganizationBody": ".create_organization_body",
    "CreateOrganizationBodyNumberingProvidersItem": ".create_organization_body_numbering_providers_item",
    "CreateOrganizationBodyNumberingProvidersItemConfig": ".create_organization_body_numbering_providers_item_config",
    "CreateOrganizationResponse201": ".create_organization_response_201",
    "CreateOrganizationResponse201Organization": ".create_organization_response_201_organization",
    "CreateResellerBody": ".create_reseller_body",
    "CreateResellerResponse201": ".create_reseller_response_201",
    "CreateSipRegistrationBody": ".create_sip_registration_body",
    "CreateTaskBody": ".create_task_body",
    "CreateTasksFromCsvBody": ".create_tasks_from_csv_body",
    "CreateTokenBody": ".create_token_body",
    "CreateTokenResponse200": ".create_token_response_200",
    "CreateWebhookBody": ".create_webhook_body",
    "CreateWebhookBodyType": ".create_webhook_body_type",
    "DeleteAccountBody": ".delete_account_body",
    "DeleteAdminUserBody": ".delete_admin_user_body",
    "DeleteKnowledgeBaseDocumentsBody": ".delete_knowledge_base_documents_body",
    "DeleteKnowledgeBaseDocumentsResponse404": ".delete_knowledge_base_documents_response_404",
    "DeleteOrganizationBody": ".delete_organization_body",
    "DeleteTokenBody": ".delete_token_body",
    "DeleteWebhookBody": ".delete_webhook_body",
    "DialogEntry": ".dialog_entry",
    "ErrorResponse": ".error_response",
    "FieldSuggestion": ".field_suggestion",
    "GenerateOneTimeAuthTokenResponse200": ".generate_one_time_auth_token_response_200",
    "GetAccountByExternalIdResponse200": ".get_account_by_external_id_response_200",
    "GetAccountByExternalIdResponse200Account": ".get_account_by_external_id_response_200_account",
    "GetAccountResponse200": ".get_account_response_200",
    "GetAccountResponse200Details": ".get_account_response_200_details",
    "GetAgentResponse200": ".get_agent_response_200",
    "GetAgentResponse200Sponsorship": ".get_agent_response_200_sponsorship",
    "GetContextResponse200": ".get_context_response_200",
    "GetConversationResponse200Item": ".get_conversation_response_200_item",
    "GetConversationResponse200ItemConversationItem": ".get_conversation_response_200_item_conversation_item",
    "GetCurrentProductPlanResponse200": ".get_current_product_plan_response_200",
    "GetLiveAgentResponse200": ".get_live_agent_response_200",
    "GetOfferedProductPlanResponse200": ".get_offered_product_plan_response_200",
    "GetProductCatalogResponse200": ".get_product_catalog_response_200",
    "GetProductPlanResponse200": ".get_product_plan_response_200",
    "GetStagingAgentResponse200": ".get_staging_agent_response_200",
    "GetTaskDailyCountsResponse200": ".get_task_daily_counts_response_200",
    "GetTaskDailyCountsResponse200Counts": ".get_task_daily_counts_response_200_counts",
    "GetTaskLimitsResponse200": ".get_task_limits_response_200",
    "GetTaskLimitsResponse200Limits": ".get_task_limits_response_200_limits",
    "GetTaskLimitsResponse200LimitsBusinessHours": ".get_task_limits_response_200_limits_business_hours",
    "GetTaskLimitsResponse200LimitsCooldowns": ".get_task_limits_response_200_limits_cooldowns",
    "GetTaskLimitsResponse200LimitsDaily": ".get_task_limits_response_200_limits_daily",
    "GetTaskResponse200": ".get_task_response_200",
    "GetTaskResponse200Task": ".get_task_response_200_task",
    "GetTaskStatsResponse200": ".get_task_stats_response_200",
    "GetTaskStatsResponse200ByState": ".get_task_stats_response_200_by_state",
    "GetUsageStatsResponse200": ".get_usage_stats_response_200",
    "GetWebhookRelayResponse200": ".get_webhook_relay_response_200",
    "GetWebhookRelayResponse200Config": ".get_webhook_relay_response_200_config",
    "InboxPage": ".inbox_page",
    "InboxRoom": ".inbox_room",
    "Integration": ".integration",
    "IntegrationAppData": ".integration_app_data",
    "InviteAdminUserBody": ".invite_admin_user_body",
    "ListAdminUsersResponse200": ".list_admin_users_response_200",
    "ListAgentVersionsResponse200": ".list_agent_versions_response_200",
    "ListAgentVersionsResponse200VersionsItem": ".list_agent_versions_response_200_versions_item",
    "ListAgentVersionsResponse200VersionsItemSnapshot": ".list_agent_versions_response_200_versions_item_snapshot",
    "ListAvailableAddonsResponse200": ".list_available_addons_response_200",
    "ListAvailableProductPlansResponse200": ".list_available_product_plans_response_200",
    "ListConversationLogsFormat": ".list_conversation_logs_format",
    "ListConversationLogsResponse200": ".list_conversation_logs_response_200",
    "ListConversationLogsResponse200LogsItem": ".list_conversation_logs_response_200_logs_item",
    "ListConversationLogsResponse200Pagination": ".list_conversation_logs_response_200_pagination",
    "ListConversationLogsResponse500": ".list_conversation_logs_response_500",
    "ListNumberingProvidersResponse200": ".list_numbering_providers_response_200",
    "ListNumberingProvidersResponse200NumberingProvidersItem": ".list_numbering_providers_response_200_numbering_providers_item",
    "ListRecentMessagesResponse200Item": ".list_recent_messages_response_200_item",
    "ListRecentMessagesResponse200ItemAttachmentsItem": ".list_recent_messages_response_200_item_attachments_item",
    "ListRoomMessagesResponse200Item": ".list_room_messages_response_200_item",
    "ListTasksResponse200": ".list_tasks_response_200",
    "ListTasksResponse200TasksItem": ".list_tasks_response_200_tasks_item",
    "ListTokensResponse200": ".list_tokens_response_200",
    "ListWebhookRelayTypesResponse200": ".list_webhook_relay_types_response_200",
    "ListWebhookRelayTypesResponse200TypesItem": ".list_webhook_relay_types_response_200_types_item",
    "ListWebhookRelaysResponse200": ".list_webhook_relays_response_200",
    "ListWebhookRelaysResponse200ConfigsItem": ".list_webhook_relays_response_200_configs_item",
    "QueueOutboundCallsBatchCall": ".queue_outbound_calls_batch_call",
    "QueueOutboundCallsBatchCallMeta": ".queue_outbound_calls_batch_call_meta",
    "QueueOutboundCallsBatchCallTarget": ".queue_outbound_calls_batch_call_target",
    "QueueOutboundCallsBatchCallTargetMeta": ".queue_outbound_calls_batch_call_target_meta",
    "QueueOutboundCallsSingleCall": ".queue_outbound_calls_single_call",
    "QueueOutboundCallsSingleCallMeta": ".queue_outbound_calls_single_call_meta",
    "QueueOutboundSmsBatchSms": ".queue_outbound_sms_batch_sms",
    "QueueOutboundSmsBatchSmsMeta": ".queue_outbound_sms_batch_sms_meta",
    "QueueOutboundSmsBatchSmsTarget": ".queue_outbound_sms_batch_sms_target",
    "QueueOutboundSmsBatchSmsTargetMeta": ".queue_outbound_sms_batch_sms_target_meta",
    "QueueOutboundSmsSingleSms": ".queue_outbound_sms_single_sms",
    "QueueOutboundSmsSingleSmsMeta": ".queue_outbound_sms_single_sms_meta",
    "QueuedTasks": ".queued_tasks",
    "QueuedTasksTasksItem": ".queued_tasks_tasks_item",
    "RemoveSipIpWhitelistEntryBody": ".remove_sip_ip_whitelist_entry_body",
    "RemoveSipOutboundRouteBody": ".remove_sip_outbound_route_body",
    "RenameAgentVersionBody": ".rename_agent_version_body",
    "RenameAgentVersionResponse200": ".rename_agent_version_response_200",
    "ReplaceAgentVersionBody": ".replace_agent_version_body",
    "ReplaceAgentVersionBodySnapshot": ".replace_agent_version_body_snapshot",
    "ReplaceAgentVersionResponse200": ".replace_agent_version_response_200",
    "RestoreAgentVersionBody": ".restore_agent_version_body",
    "RestoreAgentVersionBodyTarget": ".restore_agent_version_body_target",
    "RestoreAgentVersionResponse200": ".restore_agent_version_response_200",
    "RestoreAgentVersionResponse200Restored": ".restore_agent_version_response_200_restored",
    "ReturnPhoneNumberBody": ".return_phone_number_body",
    "ReviewAgentConfigurationBody": ".review_agent_configuration_body",
    "ReviewAgentConfigurationBodyFieldsItem": ".review_agent_configuration_body_fields_item",
    "ReviewAgentConfigurationBodyMode": ".review_agent_configuration_body_mode",
    "SearchAccountsResponse200": ".search_accounts_response_200",
    "SearchAccountsResponse200AccountsItem": ".search_accounts_response_200_accounts_item",
    "SearchLocalNumbersByLocalityBody": ".search_local_numbers_by_locality_body",
    "SearchLocalNumbersByPhraseBody": ".search_local_numbers_by_phrase_body",
    "SearchLocalNumbersByPrefixBody": ".search_local_numbers_by_prefix_body",
    "SendMessageToAgentBody": ".send_message_to_agent_body",
    "SendMessageToAgentBodyAttachmentsItem": ".send_message_to_agent_body_attachments_item",
    "SendMessageToAgentBodyContext": ".send_message_to_agent_body_context",
    "SendMessageToAgentBodyMetadata": ".send_message_to_agent_body_metadata",
    "SendMessageToAgentResponse200": ".send_message_to_agent_response_200",
    "SettingsUpdateError": ".settings_update_error",
    "SettingsUpdateResult": ".settings_update_result",
    "SipIpWhitelist": ".sip_ip_whitelist",
    "SipIpWhitelistEntry": ".sip_ip_whitelist_entry",
    "SipOutboundRoutes": ".sip_outbound_routes",
    "SubmitZapierResponseBody": ".submit_zapier_response_body",
    "SubscribeToProductPlanBody": ".subscribe_to_product_plan_body",
    "SuccessResponse": ".success_response",
    "Token": ".token",
    "UpdateAccountDetailsBody": ".update_account_details_body",
    "UpdateAccountDetailsResponse200": ".update_account_details_response_200",
    "UpdateAccountSettingsBody": ".update_account_settings_body",
    "UpdateAgentBody": ".update_agent_body",
    "UpdateAgentBodyAgentLang": ".update_agent_body_agent_lang",
    "UpdateAgentBodyAgentS2SEngine": ".update_agent_body_agent_s2s_engine",
    "UpdateAgentBodyAgentSttEngine": ".update_agent_body_agent_stt_engine",
    "UpdateAgentBodyAppsItem": ".update_agent_body_apps_item",
    "UpdateAgentBodyType": ".update_agent_body_type",
    "UpdateAgentResponse200": ".update_agent_response_200",
    "UpdateNumberingProviderBody": ".update_numbering_provider_body",
    "UpdateNumberingProviderBodyConfig": ".update_numbering_provider_body_config",
    "UpdateOrganizationSettingsBody": ".update_organization_settings_body",
    "UpdateTaskBody": ".update_task_body",
    "UpdateTaskLimitsBody": ".update_task_limits_body",
    "UpdateTaskLimitsBodyBusinessHours": ".update_task_limits_body_business_hours",
    "UpdateTaskLimitsBodyCooldowns": ".update_task_limits_body_cooldowns",
    "UpdateTaskLimitsBodyDaily": ".update_task_limits_body_daily",
    "Webhook": ".webhook",
    "WebhookList": ".webhook_list",
    "WebhookRelayHeader": ".webhook_relay_header",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


# RFC 3339 date-times (section 5.6) in the spellings Python 3.11's fromisoformat refuses: a lower-case "t" or "z"
# (RFC 3339 allows both) and a leap second (second 60). Every other one it reads as RFC 3339 means it. Compiled on
# first use: few bodies need it, and importing a client should not pay for it.
_RFC3339_DATE_TIME = (
    r"(\d{4}-\d{2}-\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)"
)


@lru_cache(maxsize=1)
def _rfc3339_date_time() -> re.Pattern[str]:
    return re.compile(_RFC3339_DATE_TIME, re.ASCII)


def _datetime_fallback(text: str) -> datetime.datetime:
    """A date-time `datetime.datetime.fromisoformat` refused: read if it is RFC 3339, else its error is raised.

    A leap second (only at 23:59 UTC, where RFC 3339 allows it) is read as the last microsecond before it, the
    nearest instant a datetime can hold.
    """
    match = _rfc3339_date_time().fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return datetime.datetime.fromisoformat(text)
    date, hour, minute, second, fraction, offset = match.groups()
    leap = second == "60"
    parsed = datetime.datetime.fromisoformat(
        f"{date}T{hour}:{minute}:{'59' if leap else second}{fraction or ''}{offset.upper()}"
    )
    if not leap:
        return parsed
    in_utc = parsed.astimezone(datetime.UTC)
    if (in_utc.hour, in_utc.minute) != (23, 59):
        raise ValueError(f"a leap second is only ever at 23:59:60 UTC: {text!r}")
    return parsed.replace(microsecond=999_999)


_fromisoformat = datetime.datetime.fromisoformat


def _datetime_from_wire(text: str) -> datetime.datetime:
    """An RFC 3339 `date-time` (and whatever else `datetime.datetime.fromisoformat` accepts) as a datetime."""
    try:
        return _fromisoformat(text)
    except ValueError:
        return _datetime_fallback(text)


def _not_valid(value: object, expected: str) -> NoReturn:
    raise ValueError(f"{value!r} is not a valid {expected}")


def _field_failed(error: Exception, field: str | None, source: object, items: list[Any] | None) -> None:
    """Record in `error` where in the body it was raised, as it passes through each from_dict on its way out.

    `field` is the wire name the from_dict was reading (None before the first that can fail in more ways than being
    absent), `source` the object it read, `items` the partial result of the list it was reading (None outside one):
    the index of the item that failed is its length. The path is kept innermost first in `error._talkwire_path`
    (names and indexes only: the body may hold secrets, and exceptions get logged and pickled). When `source` is not
    a JSON object at all, a TypeError saying so is raised in place of `error`.
    """
    path: list[str | int] | None = getattr(error, "_talkwire_path", None)
    if path is None:
        if not isinstance(source, Mapping):
            mismatch = TypeError(f"expected a JSON object, got {type(source).__name__}")
            mismatch._talkwire_path = []  # type: ignore[attr-defined]
            raise mismatch from None
        path = []
        if isinstance(error, KeyError) and len(error.args) == 1 and error.args[0] not in source:
            # A field this object requires is missing: the KeyError names it.
            error._talkwire_path = [error.args[0]]  # type: ignore[attr-defined]
            return
    if field is not None:
        value = source.get(field) if isinstance(source, Mapping) else None
        # The list the failure happened in, not a value that could not even be iterated.
        if items is not None and isinstance(value, list | str | dict) and len(items) < len(value):
            path.append(len(items))
        path.append(field)
    error._talkwire_path = path  # type: ignore[attr-defined]


def _item_failed(error: Exception, index: int) -> None:
    """Record in `error` that it was raised by the item at `index` of a list read inside an expression."""
    path: list[str | int] = getattr(error, "_talkwire_path", None) or []
    path.append(index)
    error._talkwire_path = path  # type: ignore[attr-defined]


def _failure_of(error: BaseException) -> tuple[str, str] | None:
    """(field, reason) for an exception a from_dict raised, e.g. ("conversations[3].user.id", "required field
    missing"); None when it does not say where (not raised while reading a field)."""
    path: list[str | int] | None = getattr(error, "_talkwire_path", None)
    if not path:
        return None
    field = ""
    for segment in reversed(path):
        field += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if field else segment)
    innermost = path[0]
    if isinstance(error, KeyError) and error.args == (innermost,):
        return field, "required field missing"
    return field, f"{type(error).__name__}: {error}"


__all__ = (
    "ActionSuggestion",
    "AddContextBody",
    "AddNumberingProviderBody",
    "AddNumberingProviderBodyConfig",
    "AddSipIpWhitelistEntryBody",
    "AddSipOutboundRouteBody",
    "AgentReview",
    "AgentUrl",
    "AppSuggestion",
    "AssignByoPhoneNumberBody",
    "AssignPhoneNumberBody",
    "CancelProductSubscriptionBody",
    "CheckAgentUrlAvailabilityResponse200",
    "ConfigureAdrExportBody",
    "ConfigureBillingSystemBody",
    "ConfigureWebhookRelayBody",
    "CreateAccountBody",
    "CreateAccountResponse201",
    "CreateAgentUrlBody",
    "CreateAgentVersionBody",
    "CreateAgentVersionBodySource",
    "CreateAgentVersionResponse201",
    "CreateAgentVersionResponse201CreatedVersion",
    "CreateOrganizationBody",
    "CreateOrganizationBodyNumberingProvidersItem",
    "CreateOrganizationBodyNumberingProvidersItemConfig",
    "CreateOrganizationResponse201",
    "CreateOrganizationResponse201Organization",
    "CreateResellerBody",
    "CreateResellerResponse201",
    "CreateSipRegistrationBody",
    "CreateTaskBody",
    "CreateTasksFromCsvBody",
    "CreateTokenBody",
    "CreateTokenResponse200",
    "CreateWebhookBody",
    "CreateWebhookBodyType",
    "DeleteAccountBody",
    "DeleteAdminUserBody",
    "DeleteKnowledgeBaseDocumentsBody",
    "DeleteKnowledgeBaseDocumentsResponse404",
    "DeleteOrganizationBody",
    "DeleteTokenBody",
    "DeleteWebhookBody",
    "DialogEntry",
    "ErrorResponse",
    "FieldSuggestion",
    "GenerateOneTimeAuthTokenResponse200",
    "GetAccountByExternalIdResponse200",
    "GetAccountByExternalIdResponse200Account",
    "GetAccountResponse200",
    "GetAccountResponse200Details",
    "GetAgentResponse200",
    "GetAgentResponse200Sponsorship",
    "GetContextResponse200",
    "GetConversationResponse200Item",
    "GetConversationResponse200ItemConversationItem",
    "GetCurrentProductPlanResponse200",
    "GetLiveAgentResponse200",
    "GetOfferedProductPlanResponse200",
    "GetProductCatalogResponse200",
    "GetProductPlanResponse200",
    "GetStagingAgentResponse200",
    "GetTaskDailyCountsResponse200",
    "GetTaskDailyCountsResponse200Counts",
    "GetTaskLimitsResponse200",
    "GetTaskLimitsResponse200Limits",
    "GetTaskLimitsResponse200LimitsBusinessHours",
    "GetTaskLimitsResponse200LimitsCooldowns",
    "GetTaskLimitsResponse200LimitsDaily",
    "GetTaskResponse200",
    "GetTaskResponse200Task",
    "GetTaskStatsResponse200",
    "GetTaskStatsResponse200ByState",
    "GetUsageStatsResponse200",
    "GetWebhookRelayResponse200",
    "GetWebhookRelayResponse200Config",
    "InboxPage",
    "InboxRoom",
    "Integration",
    "IntegrationAppData",
    "InviteAdminUserBody",
    "ListAdminUsersResponse200",
    "ListAgentVersionsResponse200",
    "ListAgentVersionsResponse200VersionsItem",
    "ListAgentVersionsResponse200VersionsItemSnapshot",
    "ListAvailableAddonsResponse200",
    "ListAvailableProductPlansResponse200",
    "ListConversationLogsFormat",
    "ListConversationLogsResponse200",
    "ListConversationLogsResponse200LogsItem",
    "ListConversationLogsResponse200Pagination",
    "ListConversationLogsResponse500",
    "ListNumberingProvidersResponse200",
    "ListNumberingProvidersResponse200NumberingProvidersItem",
    "ListRecentMessagesResponse200Item",
    "ListRecentMessagesResponse200ItemAttachmentsItem",
    "ListRoomMessagesResponse200Item",
    "ListTasksResponse200",
    "ListTasksResponse200TasksItem",
    "ListTokensResponse200",
    "ListWebhookRelayTypesResponse200",
    "ListWebhookRelayTypesResponse200TypesItem",
    "ListWebhookRelaysResponse200",
    "ListWebhookRelaysResponse200ConfigsItem",
    "QueueOutboundCallsBatchCall",
    "QueueOutboundCallsBatchCallMeta",
    "QueueOutboundCallsBatchCallTarget",
    "QueueOutboundCallsBatchCallTargetMeta",
    "QueueOutboundCallsSingleCall",
    "QueueOutboundCallsSingleCallMeta",
    "QueueOutboundSmsBatchSms",
    "QueueOutboundSmsBatchSmsMeta",
    "QueueOutboundSmsBatchSmsTarget",
    "QueueOutboundSmsBatchSmsTargetMeta",
    "QueueOutboundSmsSingleSms",
    "QueueOutboundSmsSingleSmsMeta",
    "QueuedTasks",
    "QueuedTasksTasksItem",
    "RemoveSipIpWhitelistEntryBody",
    "RemoveSipOutboundRouteBody",
    "RenameAgentVersionBody",
    "RenameAgentVersionResponse200",
    "ReplaceAgentVersionBody",
    "ReplaceAgentVersionBodySnapshot",
    "ReplaceAgentVersionResponse200",
    "RestoreAgentVersionBody",
    "RestoreAgentVersionBodyTarget",
    "RestoreAgentVersionResponse200",
    "RestoreAgentVersionResponse200Restored",
    "ReturnPhoneNumberBody",
    "ReviewAgentConfigurationBody",
    "ReviewAgentConfigurationBodyFieldsItem",
    "ReviewAgentConfigurationBodyMode",
    "SearchAccountsResponse200",
    "SearchAccountsResponse200AccountsItem",
    "SearchLocalNumbersByLocalityBody",
    "SearchLocalNumbersByPhraseBody",
    "SearchLocalNumbersByPrefixBody",
    "SendMessageToAgentBody",
    "SendMessageToAgentBodyAttachmentsItem",
    "SendMessageToAgentBodyContext",
    "SendMessageToAgentBodyMetadata",
    "SendMessageToAgentResponse200",
    "SettingsUpdateError",
    "SettingsUpdateResult",
    "SipIpWhitelist",
    "SipIpWhitelistEntry",
    "SipOutboundRoutes",
    "SubmitZapierResponseBody",
    "SubscribeToProductPlanBody",
    "SuccessResponse",
    "Token",
    "UpdateAccountDetailsBody",
    "UpdateAccountDetailsResponse200",
    "UpdateAccountSettingsBody",
    "UpdateAgentBody",
    "UpdateAgentBodyAgentLang",
    "UpdateAgentBodyAgentS2SEngine",
    "UpdateAgentBodyAgentSttEngine",
    "UpdateAgentBodyAppsItem",
    "UpdateAgentBodyType",
    "UpdateAgentResponse200",
    "UpdateNumberingProviderBody",
    "UpdateNumberingProviderBodyConfig",
    "UpdateOrganizationSettingsBody",
    "UpdateTaskBody",
    "UpdateTaskLimitsBody",
    "UpdateTaskLimitsBodyBusinessHours",
    "UpdateTaskLimitsBodyCooldowns",
    "UpdateTaskLimitsBodyDaily",
    "Webhook",
    "WebhookList",
    "WebhookRelayHeader",
)

"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses. The functions below are
shared by the models' from_dict: they read UUIDs and date-times off the wire, and record in an exception raised
while a body is read which field of it was at fault (`_failure_of` reads that back).
"""

import datetime
import re
from binascii import unhexlify as _unhexlify
from collections.abc import Mapping
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID, SafeUUID

if TYPE_CHECKING:
    from .add_flow_action_request import AddFlowActionRequest
    from .add_flow_branch_request import AddFlowBranchRequest
    from .address import Address
    from .agent import Agent
    from .agent_flow import AgentFlow
    from .agent_integration import AgentIntegration
    from .agent_integration_input import AgentIntegrationInput
    from .agent_language import AgentLanguage
    from .agent_mode import AgentMode
    from .agent_page import AgentPage
    from .agent_publication import AgentPublication
    from .agent_template import AgentTemplate
    from .agent_template_page import AgentTemplatePage
    from .agent_version_option import AgentVersionOption
    from .agent_versions_option import AgentVersionsOption
    from .api_key import ApiKey
    from .api_key_page import ApiKeyPage
    from .background_audio import BackgroundAudio
    from .billing_period import BillingPeriod
    from .body_param_data_type import BodyParamDataType
    from .bulk_delete_calls_request import BulkDeleteCallsRequest
    from .bulk_delete_calls_result import BulkDeleteCallsResult
    from .bulk_download_recordings_request import BulkDownloadRecordingsRequest
    from .bulk_invitations_result import BulkInvitationsResult
    from .call import Call
    from .call_log_entry import CallLogEntry
    from .call_log_page import CallLogPage
    from .call_message import CallMessage
    from .call_message_page import CallMessagePage
    from .call_page import CallPage
    from .call_status import CallStatus
    from .call_status_filter import CallStatusFilter
    from .call_tool_invocation import CallToolInvocation
    from .call_tool_name import CallToolName
    from .call_trace import CallTrace
    from .call_type import CallType
    from .concurrency_update import ConcurrencyUpdate
    from .connection_credential import ConnectionCredential
    from .contact import Contact
    from .contact_channel import ContactChannel
    from .conversation_node import ConversationNode
    from .conversation_node_input import ConversationNodeInput
    from .conversational_path import ConversationalPath
    from .conversational_path_page import ConversationalPathPage
    from .copied_flow import CopiedFlow
    from .copy_agent_template_request import CopyAgentTemplateRequest
    from .copy_flow_template_request import CopyFlowTemplateRequest
    from .copy_integration_template_request import CopyIntegrationTemplateRequest
    from .create_agent_request import CreateAgentRequest
    from .create_api_key_request import CreateApiKeyRequest
    from .create_call_request import CreateCallRequest
    from .create_flow_request import CreateFlowRequest
    from .create_http_tool_request import CreateHttpToolRequest
    from .create_integration_request import CreateIntegrationRequest
    from .create_knowledge_base_request import CreateKnowledgeBaseRequest
    from .create_path_request import CreatePathRequest
    from .create_project_request import CreateProjectRequest
    from .create_verification_request import CreateVerificationRequest
    from .create_webhook_request import CreateWebhookRequest
    from .create_workflow_connection_request import CreateWorkflowConnectionRequest
    from .created_api_key import CreatedApiKey
    from .created_verification import CreatedVerification
    from .created_webhook import CreatedWebhook
    from .customer import Customer
    from .delete_flow_branch_request import DeleteFlowBranchRequest
    from .duplicate_agent_request import DuplicateAgentRequest
    from .duplicate_flow_branch_request import DuplicateFlowBranchRequest
    from .dynamic_variables import DynamicVariables
    from .end_node import EndNode
    from .end_node_input import EndNodeInput
    from .error_response import ErrorResponse
    from .execution_audio import ExecutionAudio
    from .failed_flow_step import FailedFlowStep
    from .failed_knowledge_item import FailedKnowledgeItem
    from .file_knowledge_item import FileKnowledgeItem
    from .flow import Flow
    from .flow_action_definition import FlowActionDefinition
    from .flow_action_type import FlowActionType
    from .flow_branch_date_condition import FlowBranchDateCondition
    from .flow_branch_number_condition import FlowBranchNumberCondition
    from .flow_branch_single_value_condition import FlowBranchSingleValueCondition
    from .flow_branch_text_condition import FlowBranchTextCondition
    from .flow_category import FlowCategory
    from .flow_date_condition_operator import FlowDateConditionOperator
    from .flow_node import FlowNode
    from .flow_node_input import FlowNodeInput
    from .flow_number_condition_operator import FlowNumberConditionOperator
    from .flow_page import FlowPage
    from .flow_run import FlowRun
    from .flow_run_detail import FlowRunDetail
    from .flow_run_page import FlowRunPage
    from .flow_run_status import FlowRunStatus
    from .flow_single_value_condition_operator import FlowSingleValueConditionOperator
    from .flow_status import FlowStatus
    from .flow_step import FlowStep
    from .flow_step_settings import FlowStepSettings
    from .flow_template import FlowTemplate
    from .flow_template_connection import FlowTemplateConnection
    from .flow_template_page import FlowTemplatePage
    from .flow_test_result import FlowTestResult
    from .flow_text_condition_operator import FlowTextConditionOperator
    from .flow_trigger import FlowTrigger
    from .flow_trigger_settings import FlowTriggerSettings
    from .flow_trigger_type import FlowTriggerType
    from .function_invocation import FunctionInvocation
    from .hang_up_tool import HangUpTool
    from .http_headers import HttpHeaders
    from .http_method import HttpMethod
    from .http_tool import HttpTool
    from .http_tool_body_param import HttpToolBodyParam
    from .http_tool_path_param import HttpToolPathParam
    from .http_tool_query_param import HttpToolQueryParam
    from .http_validation_error import HTTPValidationError
    from .import_flow_request import ImportFlowRequest
    from .import_phone_number_request import ImportPhoneNumberRequest
    from .integration import Integration
    from .integration_auth_type import IntegrationAuthType
    from .integration_page import IntegrationPage
    from .integration_template import IntegrationTemplate
    from .integration_template_page import IntegrationTemplatePage
    from .integration_tool_page import IntegrationToolPage
    from .integration_type import IntegrationType
    from .invitation import Invitation
    from .invitation_result import InvitationResult
    from .json_object import JsonObject
    from .knowledge_base import KnowledgeBase
    from .knowledge_base_page import KnowledgeBasePage
    from .knowledge_files_upload_result import KnowledgeFilesUploadResult
    from .knowledge_item_category import KnowledgeItemCategory
    from .knowledge_item_page import KnowledgeItemPage
    from .knowledge_item_status import KnowledgeItemStatus
    from .knowledge_storage_usage import KnowledgeStorageUsage
    from .knowledge_url import KnowledgeUrl
    from .knowledge_urls_upload_result import KnowledgeUrlsUploadResult
    from .launch_agent_version_request import LaunchAgentVersionRequest
    from .log_category import LogCategory
    from .log_level import LogLevel
    from .mcp_tool import McpTool
    from .message_role import MessageRole
    from .move_flow_action_request import MoveFlowActionRequest
    from .move_flow_branch_request import MoveFlowBranchRequest
    from .param_value_source import ParamValueSource
    from .path_branch import PathBranch
    from .path_branch_input import PathBranchInput
    from .payment_card import PaymentCard
    from .payment_link import PaymentLink
    from .payment_method import PaymentMethod
    from .permission import Permission
    from .phone import Phone
    from .phone_menu_action import PhoneMenuAction
    from .phone_menu_navigation_mode import PhoneMenuNavigationMode
    from .phone_page import PhonePage
    from .phone_status import PhoneStatus
    from .piece_action import PieceAction
    from .piece_actions import PieceActions
    from .piece_auth import PieceAuth
    from .piece_category import PieceCategory
    from .piece_detail import PieceDetail
    from .piece_package_type import PiecePackageType
    from .piece_suggestion_type import PieceSuggestionType
    from .piece_summary import PieceSummary
    from .piece_trigger import PieceTrigger
    from .piece_trigger_type import PieceTriggerType
    from .piece_triggers import PieceTriggers
    from .piece_type import PieceType
    from .pre_speech_mode import PreSpeechMode
    from .project import Project
    from .project_member import ProjectMember
    from .project_member_page import ProjectMemberPage
    from .project_page import ProjectPage
    from .project_role import ProjectRole
    from .publish_agent_version_request import PublishAgentVersionRequest
    from .query_param_data_type import QueryParamDataType
    from .recording import Recording
    from .rename_flow_request import RenameFlowRequest
    from .role import Role
    from .sample_data_format import SampleDataFormat
    from .sample_data_type import SampleDataType
    from .save_step_sample_data_request import SaveStepSampleDataRequest
    from .send_bulk_invitations_request import SendBulkInvitationsRequest
    from .send_invitation_request import SendInvitationRequest
    from .set_flow_status_request import SetFlowStatusRequest
    from .sip_config import SipConfig
    from .sip_inbound_config import SipInboundConfig
    from .sip_inbound_config_update import SipInboundConfigUpdate
    from .sip_media_encryption import SipMediaEncryption
    from .sip_outbound_config import SipOutboundConfig
    from .sip_outbound_config_update import SipOutboundConfigUpdate
    from .sort_order import SortOrder
    from .start_node import StartNode
    from .start_node_input import StartNodeInput
    from .step_location import StepLocation
    from .step_sample_data import StepSampleData
    from .step_test_result import StepTestResult
    from .subscription import Subscription
    from .subscription_phase import SubscriptionPhase
    from .telephony_provider import TelephonyProvider
    from .template_resource_connections import TemplateResourceConnections
    from .template_resource_variables import TemplateResourceVariables
    from .text_knowledge_item import TextKnowledgeItem
    from .tool_approval import ToolApproval
    from .tool_invocation_status import ToolInvocationStatus
    from .tool_node import ToolNode
    from .tool_node_input import ToolNodeInput
    from .trace_span import TraceSpan
    from .transfer_call_tool import TransferCallTool
    from .transfer_node import TransferNode
    from .transfer_node_input import TransferNodeInput
    from .transfer_type import TransferType
    from .trigger_test_result import TriggerTestResult
    from .upcoming_invoice import UpcomingInvoice
    from .update_agent_request import UpdateAgentRequest
    from .update_api_key_request import UpdateApiKeyRequest
    from .update_customer_request import UpdateCustomerRequest
    from .update_flow_action_request import UpdateFlowActionRequest
    from .update_flow_trigger_request import UpdateFlowTriggerRequest
    from .update_http_tool_request import UpdateHttpToolRequest
    from .update_integration_request import UpdateIntegrationRequest
    from .update_invitation_role_request import UpdateInvitationRoleRequest
    from .update_knowledge_base_request import UpdateKnowledgeBaseRequest
    from .update_knowledge_item_request import UpdateKnowledgeItemRequest
    from .update_member_role_request import UpdateMemberRoleRequest
    from .update_path_request import UpdatePathRequest
    from .update_phone_request import UpdatePhoneRequest
    from .update_project_request import UpdateProjectRequest
    from .update_sip_config_request import UpdateSipConfigRequest
    from .update_tool_approvals_request import UpdateToolApprovalsRequest
    from .update_usage_alert_request import UpdateUsageAlertRequest
    from .update_webhook_request import UpdateWebhookRequest
    from .upload_knowledge_files_request import UploadKnowledgeFilesRequest
    from .upload_knowledge_text_request import UploadKnowledgeTextRequest
    from .upload_knowledge_urls_request import UploadKnowledgeUrlsRequest
    from .url_knowledge_item import UrlKnowledgeItem
    from .usage_alert_config import UsageAlertConfig
    from .validation_error import ValidationError
    from .validation_issue import ValidationIssue
    from .validation_issue_params import ValidationIssueParams
    from .verification import Verification
    from .verification_page import VerificationPage
    from .verification_status import VerificationStatus
    from .voice import Voice
    from .voice_page import VoicePage
    from .voice_preview_urls import VoicePreviewUrls
    from .voice_provider import VoiceProvider
    from .voicemail_action import VoicemailAction
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_page import WebhookPage
    from .webhook_secret import WebhookSecret
    from .webhook_status_changed_event import WebhookStatusChangedEvent
    from .workflow_connection import WorkflowConnection
    from .workflow_connection_status import WorkflowConnectionStatus
    from .workflow_connection_type import WorkflowConnectionType
    from .workflow_list_order import WorkflowListOrder

_MODULE_OF: dict[str, str] = {
    "AddFlowActionRequest": ".add_flow_action_request",
    "AddFlowBranchRequest": ".add_flow_branch_request",
    "Address": ".address",
    "Agent": ".agent",
    "AgentFlow": ".agent_flow",
    "AgentIntegration": ".agent_integration",
    "AgentIntegrationInput": ".agent_integration_input",
    "AgentLanguage": ".agent_language",
    "AgentMode": ".agent_mode",
    "AgentPage": ".agent_page",
    "AgentPublication": ".agent_publication",
    "AgentTemplate": ".agent_template",
    "AgentTemplatePage": ".agent_template_page",
    "AgentVersionOption": ".agent_version_option",
    "AgentVersionsOption": ".agent_versions_option",
    "ApiKey": ".api_key",
    "ApiKeyPage": ".api_key_page",
    "BackgroundAudio": ".background_audio",
    "BillingPeriod": ".billing_period",
    "BodyParamDataType": ".body_param_data_type",
    "BulkDeleteCallsRequest": ".bulk_delete_calls_request",
    "BulkDeleteCallsResult": ".bulk_delete_calls_result",
    "BulkDownloadRecordingsRequest": ".bulk_download_recordings_request",
    "BulkInvitationsResult": ".bulk_invitations_result",
    "Call": ".call",
    "CallLogEntry": ".call_log_entry",
    "CallLogPage": ".call_log_page",
    "CallMessage": ".call_message",
    "CallMessagePage": ".call_message_page",
    "CallPage": ".call_page",
    "CallStatus": ".call_status",
    "CallStatusFilter": ".call_status_filter",
    "CallToolInvocation": ".call_tool_invocation",
    "CallToolName": ".call_tool_name",
    "CallTrace": ".call_trace",
    "CallType": ".call_type",
    "ConcurrencyUpdate": ".concurrency_update",
    "ConnectionCredential": ".connection_credential",
    "Contact": ".contact",
    "ContactChannel": ".contact_channel",
    "ConversationNode": ".conversation_node",
    "ConversationNodeInput": ".conversation_node_input",
    "ConversationalPath": ".conversational_path",
    "ConversationalPathPage": ".conversational_path_page",
    "CopiedFlow": ".copied_flow",
    "CopyAgentTemplateRequest": ".copy_agent_template_request",
    "CopyFlowTemplateRequest": ".copy_flow_template_request",
    "CopyIntegrationTemplateRequest": ".copy_integration_template_request",
    "CreateAgentRequest": ".create_agent_request",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateCallRequest": ".create_call_request",
    "CreateFlowRequest": ".create_flow_request",
    "CreateHttpToolRequest": ".create_http_tool_request",
    "CreateIntegrationRequest": ".create_integration_request",
    "CreateKnowledgeBaseRequest": ".create_knowledge_base_request",
    "CreatePathRequest": ".create_path_request",
    "CreateProjectRequest": ".create_project_request",
    "CreateVerificationRequest": ".create_verification_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWorkflowConnectionRequest": ".create_workflow_connection_request",
    "CreatedApiKey": ".created_api_key",
    "CreatedVerification": ".created_verification",
    "CreatedWebhook": ".created_webhook",
    "Customer": ".customer",
    "DeleteFlowBranchRequest": ".delete_flow_branch_request",
    "DuplicateAgentRequest": ".duplicate_agent_request",
    "DuplicateFlowBranchRequest": ".duplicate_flow_branch_request",
    "DynamicVariables": ".dynamic_variables",
    "EndNode": ".end_node",
    "EndNodeInput": ".end_node_input",
    "ErrorResponse": ".error_response",
    "ExecutionAudio": ".execution_audio",
    "FailedFlowStep": ".failed_flow_step",
    "FailedKnowledgeItem": ".failed_knowledge_item",
    "FileKnowledgeItem": ".file_knowledge_item",
    "Flow": ".flow",
    "FlowActionDefinition": ".flow_action_definition",
    "FlowActionType": ".flow_action_type",
    "FlowBranchDateCondition": ".flow_branch_date_condition",
    "FlowBranchNumberCondition": ".flow_branch_number_condition",
    "FlowBranchSingleValueCondition": ".flow_branch_single_value_condition",
    "FlowBranchTextCondition": ".flow_branch_text_condition",
    "FlowCategory": ".flow_category",
    "FlowDateConditionOperator": ".flow_date_condition_operator",
    "FlowNode": ".flow_node",
    "FlowNodeInput": ".flow_node_input",
    "FlowNumberConditionOperator": ".flow_number_condition_operator",
    "FlowPage": ".flow_page",
    "FlowRun": ".flow_run",
    "FlowRunDetail": ".flow_run_detail",
    "FlowRunPage": ".flow_run_page",
    "FlowRunStatus": ".flow_run_status",
    "FlowSingleValueConditionOperator": ".flow_single_value_condition_operator",
    "FlowStatus": ".flow_status",
    "FlowStep": ".flow_step",
    "FlowStepSettings": ".flow_step_settings",
    "FlowTemplate": ".flow_template",
    "FlowTemplateConnection": ".flow_template_connection",
    "FlowTemplatePage": ".flow_template_page",
    "FlowTestResult": ".flow_test_result",
    "FlowTextConditionOperator": ".flow_text_condition_operator",
    "FlowTrigger": ".flow_trigger",
    "FlowTriggerSettings": ".flow_trigger_settings",
    "FlowTriggerType": ".flow_trigger_type",
    "FunctionInvocation": ".function_invocation",
    "HangUpTool": ".hang_up_tool",
    "HttpHeaders": ".http_headers",
    "HttpMethod": ".http_method",
    "HttpTool": ".http_tool",
    "HttpToolBodyParam": ".http_tool_body_param",
    "HttpToolPathParam": ".http_tool_path_param",
    "HttpToolQueryParam": ".http_tool_query_param",
    "HTTPValidationError": ".http_validation_error",
    "ImportFlowRequest": ".import_flow_request",
    "ImportPhoneNumberRequest": ".import_phone_number_request",
    "Integration": ".integration",
    "IntegrationAuthType": ".integration_auth_type",
    "IntegrationPage": ".integration_page",
    "IntegrationTemplate": ".integration_template",
    "IntegrationTemplatePage": ".integration_template_page",
    "IntegrationToolPage": ".integration_tool_page",
    "IntegrationType": ".integration_type",
    "Invitation": ".invitation",
    "InvitationResult": ".invitation_result",
    "JsonObject": ".json_object",
    "KnowledgeBase": ".knowledge_base",
    "KnowledgeBasePage": ".knowledge_base_page",
    "KnowledgeFilesUploadResult": ".knowledge_files_upload_result",
    "KnowledgeItemCategory": ".knowledge_item_category",
    "KnowledgeItemPage": ".knowledge_item_page",
    "KnowledgeItemStatus": ".knowledge_item_status",
    "KnowledgeStorageUsage": ".knowledge_storage_usage",
    "KnowledgeUrl": ".knowledge_url",
    "KnowledgeUrlsUploadResult": ".knowledge_urls_upload_result",
    "LaunchAgentVersionRequest": ".launch_agent_version_request",
    "LogCategory": ".log_category",
    "LogLevel": ".log_level",
    "McpTool": ".mcp_tool",
    "MessageRole": ".message_role",
    "MoveFlowActionRequest": ".move_flow_action_request",
    "MoveFlowBranchRequest": ".move_flow_branch_request",
    "ParamValueSource": ".param_value_source",
    "PathBranch": ".path_branch",
    "PathBranchInput": ".path_branch_input",
    "PaymentCard": ".payment_card",
    "PaymentLink": ".payment_link",
    "PaymentMethod": ".payment_method",
    "Permission": ".permission",
    "Phone": ".phone",
    "PhoneMenuAction": ".phone_menu_action",
    "PhoneMenuNavigationMode": ".phone_menu_navigation_mode",
    "PhonePage": ".phone_page",
    "PhoneStatus": ".phone_status",
    "PieceAction": ".piece_action",
    "PieceActions": ".piece_actions",
    "PieceAuth": ".piece_auth",
    "PieceCategory": ".piece_category",
    "PieceDetail": ".piece_detail",
    "PiecePackageType": ".piece_package_type",
    "PieceSuggestionType": ".piece_suggestion_type",
    "PieceSummary": ".piece_summary",
    "PieceTrigger": ".piece_trigger",
    "PieceTriggerType": ".piece_trigger_type",
    "PieceTriggers": ".piece_triggers",
    "PieceType": ".piece_type",
    "PreSpeechMode": ".pre_speech_mode",
    "Project": ".project",
    "ProjectMember": ".project_member",
    "ProjectMemberPage": ".project_member_page",
    "ProjectPage": ".project_page",
    "ProjectRole": ".project_role",
    "PublishAgentVersionRequest": ".publish_agent_version_request",
    "QueryParamDataType": ".query_param_data_type",
    "Recording": ".recording",
    "RenameFlowRequest": ".rename_flow_request",
    "Role": ".role",
    "SampleDataFormat": ".sample_data_format",
    "SampleDataType": ".sample_data_type",
    "SaveStepSampleDataRequest": ".save_step_sample_data_request",
    "SendBulkInvitationsRequest": ".send_bulk_invitations_request",
    "SendInvitationRequest": ".send_invitation_request",
    "SetFlowStatusRequest": ".set_flow_status_request",
    "SipConfig": ".sip_config",
    "SipInboundConfig": ".sip_inbound_config",
    "SipInboundConfigUpdate": ".sip_inbound_config_update",
    "SipMediaEncryption": ".sip_media_encryption",
    "SipOutboundConfig": ".sip_outbound_config",
    "SipOutboundConfigUpdate": ".sip_outbound_config_update",
    "SortOrder": ".sort_order",
    "StartNode": ".start_node",
    "StartNodeInput": ".start_node_input",
    "StepLocation": ".step_location",
    "StepSampleData": ".step_sample_data",
    "StepTestResult": ".step_test_result",
    "Subscription": ".subscription",
    "SubscriptionPhase": ".subscription_phase",
    "TelephonyProvider": ".telephony_provider",
    "TemplateResourceConnections": ".template_resource_connections",
    "TemplateResourceVariables": ".template_resource_variables",
    "TextKnowledgeItem": ".text_knowledge_item",
    "ToolApproval": ".tool_approval",
    "ToolInvocationStatus": ".tool_invocation_status",
    "ToolNode": ".tool_node",
    "ToolNodeInput": ".tool_node_input",
    "TraceSpan": ".trace_span",
    "TransferCallTool": ".transfer_call_tool",
    "TransferNode": ".transfer_node",
    "TransferNodeInput": ".transfer_node_input",
    "TransferType": ".transfer_type",
    "TriggerTestResult": ".trigger_test_result",
    "UpcomingInvoice": ".upcoming_invoice",
    "UpdateAgentRequest": ".update_agent_request",
    "UpdateApiKeyRequest": ".update_api_key_request",
    "UpdateCustomerRequest": ".update_customer_request",
    "UpdateFlowActionRequest": ".update_flow_action_request",
    "UpdateFlowTriggerRequest": ".update_flow_trigger_request",
    "UpdateHttpToolRequest": ".update_http_tool_request",
    "UpdateIntegrationRequest": ".update_integration_request",
    "UpdateInvitationRoleRequest": ".update_invitation_role_request",
    "UpdateKnowledgeBaseRequest": ".update_knowledge_base_request",
    "UpdateKnowledgeItemRequest": ".update_knowledge_item_request",
    "UpdateMemberRoleRequest": ".update_member_role_request",
    "UpdatePathRequest": ".update_path_request",
    "UpdatePhoneRequest": ".update_phone_request",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateSipConfigRequest": ".update_sip_config_request",
    "UpdateToolApprovalsRequest": ".update_tool_approvals_request",
    "UpdateUsageAlertRequest": ".update_usage_alert_request",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UploadKnowledgeFilesRequest": ".upload_knowledge_files_request",
    "UploadKnowledgeTextRequest": ".upload_knowledge_text_request",
    "UploadKnowledgeUrlsRequest": ".upload_knowledge_urls_request",
    "UrlKnowledgeItem": ".url_knowledge_item",
    "UsageAlertConfig": ".usage_alert_config",
    "ValidationError": ".validation_error",
    "ValidationIssue": ".validation_issue",
    "ValidationIssueParams": ".validation_issue_params",
    "Verification": ".verification",
    "VerificationPage": ".verification_page",
    "VerificationStatus": ".verification_status",
    "Voice": ".voice",
    "VoicePage": ".voice_page",
    "VoicePreviewUrls": ".voice_preview_urls",
    "VoiceProvider": ".voice_provider",
    "VoicemailAction": ".voicemail_action",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookPage": ".webhook_page",
    "WebhookSecret": ".webhook_secret",
    "WebhookStatusChangedEvent": ".webhook_status_changed_event",
    "WorkflowConnection": ".workflow_connection",
    "WorkflowConnectionStatus": ".workflow_connection_status",
    "WorkflowConnectionType": ".workflow_connection_type",
    "WorkflowListOrder": ".workflow_list_order",
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


_new_object = object.__new__
_set_uuid_int = UUID.__dict__["int"].__set__
_set_uuid_is_safe = UUID.__dict__["is_safe"].__set__
_UUID_SAFETY_UNKNOWN = SafeUUID.unknown  # an enum member: looking it up on each call would cost a third of the call


def _uuid_from_wire(text: str) -> UUID:
    """`uuid.UUID(text)`, built without its pure-Python parsing when `text` is 32 hex digits and hyphens.

    `binascii.unhexlify` checks the digits in C (it refuses the signs, spaces and underscores `int(text, 16)`
    would let through); they are exactly the digits `UUID(text)` reads, wherever the hyphens are. Anything else
    (braces, a `urn:uuid:` prefix, a malformed value, not a string) goes to `UUID(text)`, which accepts or raises as
    it always does. The result is a plain `uuid.UUID` (a lazily built subclass would be cheaper still, but
    serialisers such as orjson take only the exact type).
    """
    try:
        digits = _unhexlify(text.replace("-", ""))
    except (AttributeError, TypeError, ValueError):
        return UUID(text)
    if len(digits) != 16:
        return UUID(text)
    value = _new_object(UUID)
    _set_uuid_int(value, int.from_bytes(digits))
    _set_uuid_is_safe(value, _UUID_SAFETY_UNKNOWN)
    return value


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
    "AddFlowActionRequest",
    "AddFlowBranchRequest",
    "Address",
    "Agent",
    "AgentFlow",
    "AgentIntegration",
    "AgentIntegrationInput",
    "AgentLanguage",
    "AgentMode",
    "AgentPage",
    "AgentPublication",
    "AgentTemplate",
    "AgentTemplatePage",
    "AgentVersionOption",
    "AgentVersionsOption",
    "ApiKey",
    "ApiKeyPage",
    "BackgroundAudio",
    "BillingPeriod",
    "BodyParamDataType",
    "BulkDeleteCallsRequest",
    "BulkDeleteCallsResult",
    "BulkDownloadRecordingsRequest",
    "BulkInvitationsResult",
    "Call",
    "CallLogEntry",
    "CallLogPage",
    "CallMessage",
    "CallMessagePage",
    "CallPage",
    "CallStatus",
    "CallStatusFilter",
    "CallToolInvocation",
    "CallToolName",
    "CallTrace",
    "CallType",
    "ConcurrencyUpdate",
    "ConnectionCredential",
    "Contact",
    "ContactChannel",
    "ConversationNode",
    "ConversationNodeInput",
    "ConversationalPath",
    "ConversationalPathPage",
    "CopiedFlow",
    "CopyAgentTemplateRequest",
    "CopyFlowTemplateRequest",
    "CopyIntegrationTemplateRequest",
    "CreateAgentRequest",
    "CreateApiKeyRequest",
    "CreateCallRequest",
    "CreateFlowRequest",
    "CreateHttpToolRequest",
    "CreateIntegrationRequest",
    "CreateKnowledgeBaseRequest",
    "CreatePathRequest",
    "CreateProjectRequest",
    "CreateVerificationRequest",
    "CreateWebhookRequest",
    "CreateWorkflowConnectionRequest",
    "CreatedApiKey",
    "CreatedVerification",
    "CreatedWebhook",
    "Customer",
    "DeleteFlowBranchRequest",
    "DuplicateAgentRequest",
    "DuplicateFlowBranchRequest",
    "DynamicVariables",
    "EndNode",
    "EndNodeInput",
    "ErrorResponse",
    "ExecutionAudio",
    "FailedFlowStep",
    "FailedKnowledgeItem",
    "FileKnowledgeItem",
    "Flow",
    "FlowActionDefinition",
    "FlowActionType",
    "FlowBranchDateCondition",
    "FlowBranchNumberCondition",
    "FlowBranchSingleValueCondition",
    "FlowBranchTextCondition",
    "FlowCategory",
    "FlowDateConditionOperator",
    "FlowNode",
    "FlowNodeInput",
    "FlowNumberConditionOperator",
    "FlowPage",
    "FlowRun",
    "FlowRunDetail",
    "FlowRunPage",
    "FlowRunStatus",
    "FlowSingleValueConditionOperator",
    "FlowStatus",
    "FlowStep",
    "FlowStepSettings",
    "FlowTemplate",
    "FlowTemplateConnection",
    "FlowTemplatePage",
    "FlowTestResult",
    "FlowTextConditionOperator",
    "FlowTrigger",
    "FlowTriggerSettings",
    "FlowTriggerType",
    "FunctionInvocation",
    "HTTPValidationError",
    "HangUpTool",
    "HttpHeaders",
    "HttpMethod",
    "HttpTool",
    "HttpToolBodyParam",
    "HttpToolPathParam",
    "HttpToolQueryParam",
    "ImportFlowRequest",
    "ImportPhoneNumberRequest",
    "Integration",
    "IntegrationAuthType",
    "IntegrationPage",
    "IntegrationTemplate",
    "IntegrationTemplatePage",
    "IntegrationToolPage",
    "IntegrationType",
    "Invitation",
    "InvitationResult",
    "JsonObject",
    "KnowledgeBase",
    "KnowledgeBasePage",
    "KnowledgeFilesUploadResult",
    "KnowledgeItemCategory",
    "KnowledgeItemPage",
    "KnowledgeItemStatus",
    "KnowledgeStorageUsage",
    "KnowledgeUrl",
    "KnowledgeUrlsUploadResult",
    "LaunchAgentVersionRequest",
    "LogCategory",
    "LogLevel",
    "McpTool",
    "MessageRole",
    "MoveFlowActionRequest",
    "MoveFlowBranchRequest",
    "ParamValueSource",
    "PathBranch",
    "PathBranchInput",
    "PaymentCard",
    "PaymentLink",
    "PaymentMethod",
    "Permission",
    "Phone",
    "PhoneMenuAction",
    "PhoneMenuNavigationMode",
    "PhonePage",
    "PhoneStatus",
    "PieceAction",
    "PieceActions",
    "PieceAuth",
    "PieceCategory",
    "PieceDetail",
    "PiecePackageType",
    "PieceSuggestionType",
    "PieceSummary",
    "PieceTrigger",
    "PieceTriggerType",
    "PieceTriggers",
    "PieceType",
    "PreSpeechMode",
    "Project",
    "ProjectMember",
    "ProjectMemberPage",
    "ProjectPage",
    "ProjectRole",
    "PublishAgentVersionRequest",
    "QueryParamDataType",
    "Recording",
    "RenameFlowRequest",
    "Role",
    "SampleDataFormat",
    "SampleDataType",
    "SaveStepSampleDataRequest",
    "SendBulkInvitationsRequest",
    "SendInvitationRequest",
    "SetFlowStatusRequest",
    "SipConfig",
    "SipInboundConfig",
    "SipInboundConfigUpdate",
    "SipMediaEncryption",
    "SipOutboundConfig",
    "SipOutboundConfigUpdate",
    "SortOrder",
    "StartNode",
    "StartNodeInput",
    "StepLocation",
    "StepSampleData",
    "StepTestResult",
    "Subscription",
    "SubscriptionPhase",
    "TelephonyProvider",
    "TemplateResourceConnections",
    "TemplateResourceVariables",
    "TextKnowledgeItem",
    "ToolApproval",
    "ToolInvocationStatus",
    "ToolNode",
    "ToolNodeInput",
    "TraceSpan",
    "TransferCallTool",
    "TransferNode",
    "TransferNodeInput",
    "TransferType",
    "TriggerTestResult",
    "UpcomingInvoice",
    "UpdateAgentRequest",
    "UpdateApiKeyRequest",
    "UpdateCustomerRequest",
    "UpdateFlowActionRequest",
    "UpdateFlowTriggerRequest",
    "UpdateHttpToolRequest",
    "UpdateIntegrationRequest",
    "UpdateInvitationRoleRequest",
    "UpdateKnowledgeBaseRequest",
    "UpdateKnowledgeItemRequest",
    "UpdateMemberRoleRequest",
    "UpdatePathRequest",
    "UpdatePhoneRequest",
    "UpdateProjectRequest",
    "UpdateSipConfigRequest",
    "UpdateToolApprovalsRequest",
    "UpdateUsageAlertRequest",
    "UpdateWebhookRequest",
    "UploadKnowledgeFilesRequest",
    "UploadKnowledgeTextRequest",
    "UploadKnowledgeUrlsRequest",
    "UrlKnowledgeItem",
    "UsageAlertConfig",
    "ValidationError",
    "ValidationIssue",
    "ValidationIssueParams",
    "Verification",
    "VerificationPage",
    "VerificationStatus",
    "Voice",
    "VoicePage",
    "VoicePreviewUrls",
    "VoiceProvider",
    "VoicemailAction",
    "Webhook",
    "WebhookEvent",
    "WebhookPage",
    "WebhookSecret",
    "WebhookStatusChangedEvent",
    "WorkflowConnection",
    "WorkflowConnectionStatus",
    "WorkflowConnectionType",
    "WorkflowListOrder",
)

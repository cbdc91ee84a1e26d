from enum import StrEnum
from typing import Self


class Permission(StrEnum):
    AGENTS_CREATE = "agents.create"
    AGENTS_DELETE = "agents.delete"
    AGENTS_UPDATE = "agents.update"
    AGENTS_VIEW = "agents.view"
    API_KEYS_CREATE = "api_keys.create"
    API_KEYS_DELETE = "api_keys.delete"
    API_KEYS_UPDATE = "api_keys.update"
    API_KEYS_VIEW = "api_keys.view"
    BILLING_UPDATE = "billing.update"
    BILLING_VIEW = "billing.view"
    CALLS_CREATE = "calls.create"
    CALLS_DELETE = "calls.delete"
    CALLS_UPDATE = "calls.update"
    CALLS_VIEW = "calls.view"
    COMPANIES_DELETE = "companies.delete"
    COMPANIES_UPDATE = "companies.update"
    CONTACTS_DELETE = "contacts.delete"
    CONTACTS_VIEW = "contacts.view"
    CONVERSATIONAL_PATHS_CREATE = "conversational_paths.create"
    CONVERSATIONAL_PATHS_DELETE = "conversational_paths.delete"
    CONVERSATIONAL_PATHS_UPDATE = "conversational_paths.update"
    CONVERSATIONAL_PATHS_VIEW = "conversational_paths.view"
    INTEGRATIONS_CREATE = "integrations.create"
    INTEGRATIONS_DELETE = "integrations.delete"
    INTEGRATIONS_UPDATE = "integrations.update"
    INTEGRATIONS_VIEW = "integrations.view"
    KNOWLEDGE_BASES_CREATE = "knowledge_bases.create"
    KNOWLEDGE_BASES_DELETE = "knowledge_bases.delete"
    KNOWLEDGE_BASES_UPDATE = "knowledge_bases.update"
    KNOWLEDGE_BASES_VIEW = "knowledge_bases.view"
    LOGS_VIEW = "logs.view"
    MEMBERS_CREATE = "members.create"
    MEMBERS_DELETE = "members.delete"
    MEMBERS_UPDATE = "members.update"
    MEMBERS_VIEW = "members.view"
    MESSAGES_VIEW = "messages.view"
    NOTIFICATIONS_UPDATE = "notifications.update"
    NOTIFICATIONS_VIEW = "notifications.view"
    PHONES_DELETE = "phones.delete"
    PHONES_IMPORT = "phones.import"
    PHONES_PURCHASE = "phones.purchase"
    PHONES_UPDATE = "phones.update"
    PHONES_VIEW = "phones.view"
    RECORDINGS_VIEW = "recordings.view"
    STATS_VIEW = "stats.view"
    TOOLS_CREATE = "tools.create"
    TOOLS_DELETE = "tools.delete"
    TOOLS_UPDATE = "tools.update"
    TOOLS_VIEW = "tools.view"
    TRANSCRIPTIONS_VIEW = "transcriptions.view"
    VERIFICATIONS_CREATE = "verifications.create"
    VERIFICATIONS_VIEW = "verifications.view"
    VOICES_VIEW = "voices.view"
    WEBHOOKS_CREATE = "webhooks.create"
    WEBHOOKS_DELETE = "webhooks.delete"
    WEBHOOKS_UPDATE = "webhooks.update"
    WEBHOOKS_VIEW = "webhooks.view"
    WORKFLOWS_CREATE = "workflows.create"
    WORKFLOWS_DELETE = "workflows.delete"
    WORKFLOWS_UPDATE = "workflows.update"
    WORKFLOWS_VIEW = "workflows.view"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Tolerant reader: a value the spec does not list (yet) is kept as-is instead of failing the response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

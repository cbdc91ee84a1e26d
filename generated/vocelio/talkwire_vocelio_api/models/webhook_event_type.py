from enum import StrEnum
from typing import Self


class WebhookEventType(StrEnum):
    CALL_ANSWERED = "call.answered"
    CALL_COMPLETED = "call.completed"
    CALL_FAILED = "call.failed"
    CALL_INITIATED = "call.initiated"
    CAMPAIGN_COMPLETED = "campaign.completed"
    CAMPAIGN_FINISHED = "campaign.finished"
    CAMPAIGN_PAUSED = "campaign.paused"
    CAMPAIGN_STARTED = "campaign.started"
    LEAD_IMPORTED = "lead.imported"
    RECORDING_READY = "recording.ready"
    TRANSCRIPTION_COMPLETE = "transcription.complete"

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

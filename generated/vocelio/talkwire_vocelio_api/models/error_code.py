from enum import StrEnum
from typing import Self


class ErrorCode(StrEnum):
    AUTH_001 = "AUTH_001"
    AUTH_002 = "AUTH_002"
    AUTH_003 = "AUTH_003"
    RESOURCE_001 = "RESOURCE_001"
    RESOURCE_002 = "RESOURCE_002"
    RESOURCE_003 = "RESOURCE_003"
    SERVICE_001 = "SERVICE_001"
    SERVICE_002 = "SERVICE_002"
    SERVICE_003 = "SERVICE_003"
    SYSTEM_001 = "SYSTEM_001"
    SYSTEM_002 = "SYSTEM_002"
    SYSTEM_003 = "SYSTEM_003"
    VALIDATION_001 = "VALIDATION_001"
    VALIDATION_002 = "VALIDATION_002"
    VALIDATION_003 = "VALIDATION_003"

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

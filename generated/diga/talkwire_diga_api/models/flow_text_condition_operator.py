from enum import StrEnum
from typing import Self


class FlowTextConditionOperator(StrEnum):
    LIST_CONTAINS = "LIST_CONTAINS"
    LIST_DOES_NOT_CONTAIN = "LIST_DOES_NOT_CONTAIN"
    TEXT_CONTAINS = "TEXT_CONTAINS"
    TEXT_DOES_NOT_CONTAIN = "TEXT_DOES_NOT_CONTAIN"
    TEXT_DOES_NOT_END_WITH = "TEXT_DOES_NOT_END_WITH"
    TEXT_DOES_NOT_EXACTLY_MATCH = "TEXT_DOES_NOT_EXACTLY_MATCH"
    TEXT_DOES_NOT_START_WITH = "TEXT_DOES_NOT_START_WITH"
    TEXT_ENDS_WITH = "TEXT_ENDS_WITH"
    TEXT_EXACTLY_MATCHES = "TEXT_EXACTLY_MATCHES"
    TEXT_START_WITH = "TEXT_START_WITH"

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

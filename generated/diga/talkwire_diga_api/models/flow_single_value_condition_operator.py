from enum import StrEnum
from typing import Self


class FlowSingleValueConditionOperator(StrEnum):
    BOOLEAN_IS_FALSE = "BOOLEAN_IS_FALSE"
    BOOLEAN_IS_TRUE = "BOOLEAN_IS_TRUE"
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    EXISTS = "EXISTS"
    LIST_IS_EMPTY = "LIST_IS_EMPTY"
    LIST_IS_NOT_EMPTY = "LIST_IS_NOT_EMPTY"

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

"""Known deviations: places where the contract tests found a real disagreement between a spec, the code and Prism
that is not this suite's to fix (the owner is named in the reason). Each entry is precise (one vendor, one
operation, one mode, the text of the failure) and strict where the failure is deterministic: once the cause is
fixed, the test fails and asks for the entry to be removed. Every deviation met is listed in the coverage report.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tests.contract import coverage
from tests.contract.operations import Operation


@dataclass(frozen=True)
class Deviation:
    vendor: str  # or "*" for every vendor
    operation: str  # the generated name, or "*" for every operation of the vendor
    mode: str  # "in-process" or "prism"
    symptom: str  # text the failure's message contains
    reason: str
    strict: bool = True  # False: only some drawn values trigger it
    request_side: bool = False  # Prism: the deviation is in what the client sends (else only in Prism's answer)


DEVIATIONS: tuple[Deviation, ...] = ()


# How test_prism words a refusal whose every complaint is about Prism's own answer (our request was accepted).
PRISM_OWN_ANSWER = "Prism refused its own answer"


def _matches(deviation: Deviation, message: str) -> bool:
    if deviation.symptom not in message:
        return False
    # A Prism deviation excuses only Prism's answer, unless the entry says the request side is meant.
    return deviation.mode != "prism" or deviation.request_side or PRISM_OWN_ANSWER in message


def deviations_for(operation: Operation, mode: str) -> list[Deviation]:
    return [
        deviation
        for deviation in DEVIATIONS
        if deviation.mode == mode
        and deviation.vendor in ("*", operation.vendor)
        and deviation.operation in ("*", operation.name)
    ]


class DeviationGuard:
    """Wraps each call of one operation in one mode: a failure that is a known deviation of it is recorded instead
    of raised; ``finish`` fails when a strict deviation never happened (it was fixed: remove the entry)."""

    def __init__(self, operation: Operation, mode: str) -> None:
        self.operation = operation
        self.mode = mode
        self.known = deviations_for(operation, mode)
        self.met: set[Deviation] = set()

    @contextmanager
    def call(self) -> Iterator[None]:
        try:
            yield
        except Exception as failure:
            message = str(failure)
            match = next((deviation for deviation in self.known if _matches(deviation, message)), None)
            if match is None:
                raise
            self.met.add(match)
            coverage.record_deviation(self.operation, self.mode, match.reason)

    def finish(self) -> None:
        stale = [deviation for deviation in self.known if deviation.strict and deviation not in self.met]
        if stale:
            raise AssertionError(
                f"{self.operation}: the known deviation no longer happens ({stale[0].reason}); remove it from "
                "tests/contract/deviations.py"
            )

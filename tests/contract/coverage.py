"""Which operations the contract tests exercised, per mode (in-process, prism), and the known deviations they met;
written to the report that scripts/contract/coverage.py checks."""

from __future__ import annotations

from typing import Any

from tests.contract.operations import Operation, not_generated

MODES = ("in-process", "prism")
EXERCISED: dict[str, dict[str, set[str]]] = {mode: {} for mode in MODES}
DEVIATIONS_MET: set[tuple[str, str, str, str]] = set()
# (vendor, operationId, what): values hypothesis could not draw from their schema, taken from the spec's example or a
# minimal valid instance instead.
FALLBACKS: set[tuple[str, str, str]] = set()


def record(mode: str, operation: Operation) -> None:
    """Count `operation` as exercised in `mode`: call it only after every check on the call has passed."""
    EXERCISED[mode].setdefault(operation.vendor, set()).add(operation.operation_id)


def record_deviation(operation: Operation, mode: str, reason: str) -> None:
    DEVIATIONS_MET.add((operation.vendor, operation.operation_id, mode, reason))


def record_fallback(operation: Operation, what: str) -> None:
    FALLBACKS.add((operation.vendor, operation.operation_id, what))


def as_report() -> dict[str, Any]:
    report: dict[str, Any] = {
        mode: {vendor: sorted(ids) for vendor, ids in vendors.items()} for mode, vendors in EXERCISED.items()
    }
    report["not-generated"] = not_generated()
    report["fallbacks"] = [
        {"vendor": vendor, "operation": operation, "what": what} for vendor, operation, what in sorted(FALLBACKS)
    ]
    report["deviations"] = [
        {"vendor": vendor, "operation": operation, "mode": mode, "reason": reason}
        for vendor, operation, mode, reason in sorted(DEVIATIONS_MET)
    ]
    return report

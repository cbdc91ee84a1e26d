"""Which operations the contract tests exercised, per mode (in-process, prism), and the known deviations they met;
written to the report that scripts/contract/coverage.py checks."""

from __future__ import annotations

from typing import Any

from tests.contract.operations import Operation

MODES = ("in-process", "prism")
EXERCISED: dict[str, dict[str, set[str]]] = {mode: {} for mode in MODES}
DEVIATIONS_MET: set[tuple[str, str, str, str]] = set()


def record(mode: str, operation: Operation) -> None:
    """Count `operation` as exercised in `mode`: call it only after every check on the call has passed."""
    EXERCISED[mode].setdefault(operation.vendor, set()).add(operation.operation_id)


def record_deviation(operation: Operation, mode: str, reason: str) -> None:
    DEVIATIONS_MET.add((operation.vendor, operation.operation_id, mode, reason))


def as_report() -> dict[str, Any]:
    report: dict[str, Any] = {
        mode: {vendor: sorted(ids) for vendor, ids in vendors.items()} for mode, vendors in EXERCISED.items()
    }
    report["deviations"] = [
        {"vendor": vendor, "operation": operation, "mode": mode, "reason": reason}
        for vendor, operation, mode, reason in sorted(DEVIATIONS_MET)
    ]
    return report

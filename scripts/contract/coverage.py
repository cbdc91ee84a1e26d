"""The contract tests' coverage: per vendor, which operations of the overlaid spec were exercised in-process and
against Prism. ``python -m scripts.contract.coverage REPORT.json`` prints the table and fails, naming every
operation left out, unless every operation of every spec was exercised in every mode.

The report is what the contract tests write (``pytest --contract-report REPORT.json``):
``{"in-process": {"vida": ["listTokens", ...]}, "prism": {...}, "not-generated": {"vendor": "why"}}``; the totals
come from the specs themselves, so a new operation counts as missing until a test exercises it, and a vendor the
tests could not load (its spec or its generated package is broken) fails the gate by name.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scripts.registry import Registry, load_registry
from scripts.spec.load import load_spec
from scripts.spec.source import SpecError

MODES = ("in-process", "prism")


def spec_operation_ids(registry: Registry | None = None) -> dict[str, list[str]]:
    """Each vendor's operationIds, from its overlaid spec (an operation without one is listed as METHOD path); a
    vendor whose spec does not load is left out (the contract tests report it as not generated, by name)."""
    result = {}
    for vendor in (registry or load_registry()).vendors.values():
        try:
            result[vendor.key] = sorted(operation.key for operation in load_spec(vendor).operations)
        except SpecError:
            continue
    return result


def missing_operations(
    totals: dict[str, list[str]], exercised: dict[str, dict[str, list[str]]]
) -> dict[str, dict[str, list[str]]]:
    """{mode: {vendor: [operationIds not exercised]}}, only where something is missing."""
    missing: dict[str, dict[str, list[str]]] = {}
    for mode in MODES:
        for vendor, operations in totals.items():
            left_out = sorted(set(operations) - set(exercised.get(mode, {}).get(vendor, [])))
            if left_out:
                missing.setdefault(mode, {})[vendor] = left_out
    return missing


def coverage_table(totals: dict[str, list[str]], exercised: dict[str, dict[str, list[str]]]) -> str:
    width = max([len("vendor"), *(len(vendor) for vendor in totals)])
    lines = [f"{'vendor':<{width}}  " + "  ".join(f"{mode:>16}" for mode in MODES)]
    for vendor, operations in totals.items():
        cells = []
        for mode in MODES:
            done = len(set(operations) & set(exercised.get(mode, {}).get(vendor, [])))
            percent = 100 * done // len(operations) if operations else 100
            cells.append(f"{done:>4}/{len(operations):<4} {percent:>3}%".rjust(16))
        lines.append(f"{vendor:<{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def deviation_lines(deviations: list[dict[str, str]]) -> list[str]:
    """One line per known deviation the tests met (tests/contract/deviations.py), with the operations it hit."""
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for deviation in deviations:
        key = (deviation["mode"], deviation["vendor"], deviation["reason"])
        grouped.setdefault(key, []).append(deviation["operation"])
    return [
        f"known deviation ({mode}) {vendor} {', '.join(sorted(operations))}: {reason}"
        for (mode, vendor, reason), operations in sorted(grouped.items())
    ]


def fallback_lines(fallbacks: list[dict[str, str]]) -> list[str]:
    """One line per operation some of whose values hypothesis could not draw from their schema (the spec's example
    or a minimal valid instance stood in)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for fallback in fallbacks:
        grouped.setdefault((fallback["vendor"], fallback["operation"]), []).append(fallback["what"])
    return [
        f"not drawn, the spec's example or a minimal valid instance instead: {vendor} {operation}: {'; '.join(whats)}"
        for (vendor, operation), whats in sorted(grouped.items())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.contract.coverage", description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the JSON the contract tests wrote with --contract-report")
    args = parser.parse_args(argv)
    try:
        exercised = json.loads(args.report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the contract report {args.report}: {exc}", file=sys.stderr)
        return 1
    totals = spec_operation_ids()
    print(coverage_table(totals, exercised))
    for line in [*deviation_lines(exercised.get("deviations", [])), *fallback_lines(exercised.get("fallbacks", []))]:
        print(line)
    untested = exercised.get("not-generated", {})
    for vendor, reason in untested.items():
        print(f"not generated, not tested: {vendor}: {reason}", file=sys.stderr)
    missing = missing_operations(totals, exercised)
    for mode, vendors in missing.items():
        for vendor, operations in vendors.items():
            print(f"not exercised {mode}: {vendor}: {', '.join(operations)}", file=sys.stderr)
    if missing or untested:
        print("error: every operation of every spec must be exercised in-process and against Prism", file=sys.stderr)
        return 1
    print("every operation of every spec was exercised in-process and against Prism")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

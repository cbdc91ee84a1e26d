"""The drift check: is generated/ exactly what the current inputs produce?

Two things can make it stale: an input changed (spec, overlay document, templates, generator, settings) and
nobody regenerated, or a generated file was edited by hand. The stamp each generation writes records a fingerprint
of both, so the check needs no regeneration. (That regeneration itself is deterministic is a test of its own.)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from scripts.cli import command_parser, report_failure, selected_vendors
from scripts.generation.stamp import staleness
from scripts.registry import Registry, RegistryError


@dataclass(frozen=True)
class Drift:
    vendor: str
    reason: str


def find_drift(registry: Registry, names: list[str] | None = None) -> list[Drift]:
    drifts = []
    for vendor in registry.select(names or []):
        reason = staleness(registry, vendor)
        if reason is not None:
            drifts.append(Drift(vendor.key, reason))
    if registry.generated_dir.exists():
        for path in sorted(registry.generated_dir.iterdir()):
            if path.is_dir() and not path.name.startswith(".") and path.name not in registry.vendors:
                drifts.append(Drift(path.name, f"generated/{path.name}/ belongs to no vendor in pyproject.toml"))
    return drifts


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.generation.drift [--root DIR] [vendor ...]`: exit 1, naming the vendors, when stale."""
    parser = command_parser("drift", __doc__, vendors_help="vendors to check (default: all)")
    args = parser.parse_args(argv)
    try:
        registry, vendors = selected_vendors(args)
        drifts = find_drift(registry, args.vendors)
    except RegistryError as exc:
        return report_failure(parser.prog, exc, code=2)
    for drift in drifts:
        print(f"drift: {drift.vendor}: {drift.reason}", file=sys.stderr)
    if drifts:
        stale = " ".join(sorted({drift.vendor for drift in drifts}))
        print(f"generated/ is stale for: {stale}. Run `nox -s generate` and commit the result.", file=sys.stderr)
        return 1
    print(f"generated/ matches its inputs for {', '.join(vendor.key for vendor in vendors)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

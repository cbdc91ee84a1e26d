"""The drift check: is generated/ exactly what the current inputs produce?

Two things can make it stale: an input changed (spec, overlay document, templates, generator, settings) and
nobody regenerated, or a generated file was edited by hand. The stamp each generation writes records a hash of
both, so the check needs no regeneration. (That regeneration itself is deterministic is a test of its own.)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.fingerprint import hash_tree
from scripts.generate import STAMP, input_fingerprint, read_stamp
from scripts.registry import ROOT, Registry, RegistryError, load_registry


@dataclass(frozen=True)
class Drift:
    vendor: str
    reason: str


def find_drift(registry: Registry, names: list[str] | None = None) -> list[Drift]:
    drifts = []
    for vendor in registry.select(names or []):
        output_dir = registry.generated_dir / vendor.key
        stamp = read_stamp(output_dir)
        if stamp is None:
            drifts.append(Drift(vendor.key, f"generated/{vendor.key}/ is missing or has no {STAMP}"))
        elif stamp.get("inputs") != input_fingerprint(registry, vendor):
            drifts.append(
                Drift(
                    vendor.key,
                    "its inputs changed since it was generated (spec, overlay, templates, generator or settings)",
                )
            )
        elif stamp.get("tree") != hash_tree(output_dir, exclude=frozenset({STAMP})):
            drifts.append(
                Drift(
                    vendor.key,
                    f"files under generated/{vendor.key}/ differ from what was generated (edited by hand?)",
                )
            )
    known = set(registry.vendors)
    if registry.generated_dir.exists():
        for path in sorted(registry.generated_dir.iterdir()):
            if path.is_dir() and not path.name.startswith(".") and path.name not in known:
                drifts.append(Drift(path.name, f"generated/{path.name}/ belongs to no vendor in pyproject.toml"))
    return drifts


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.drift [--root DIR] [vendor ...]`: exit 1, naming the vendors, when generated/ is stale."""
    import argparse

    parser = argparse.ArgumentParser(prog="drift", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendors to check (default: all)")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    names: list[str] = args.vendors
    try:
        registry = load_registry(args.root)
        drifts = find_drift(registry, names)
    except RegistryError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2
    for drift in drifts:
        print(f"drift: {drift.vendor}: {drift.reason}", file=sys.stderr)
    if drifts:
        vendors = " ".join(sorted({drift.vendor for drift in drifts}))
        print(
            f"generated/ is stale for: {vendors}. Run `nox -s generate` and commit the result.",
            file=sys.stderr,
        )
        return 1
    checked = registry.select(names)
    print(f"generated/ matches its inputs for {', '.join(vendor.key for vendor in checked)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

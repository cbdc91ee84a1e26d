"""What every pipeline command shares: the `--root` and vendor arguments, and how a failure reaches the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.registry import ROOT, Registry, Vendor, load_registry


def command_parser(prog: str, description: str | None, *, vendors_help: str | None = None) -> argparse.ArgumentParser:
    """An argument parser with `--root` and, given `vendors_help`, the vendors to act on (default: all)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    if vendors_help is not None:
        parser.add_argument("vendors", nargs="*", help=vendors_help)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    return parser


def selected_vendors(args: argparse.Namespace) -> tuple[Registry, list[Vendor]]:
    """The registry at `--root` and the vendors the arguments name; RegistryError for an unknown one."""
    registry = load_registry(args.root)
    return registry, registry.select(list(getattr(args, "vendors", [])))


def report_failure(prog: str, error: Exception, *, code: int = 1) -> int:
    """Print `prog: error` to stderr and return the exit code."""
    print(f"{prog}: {error}", file=sys.stderr)
    return code

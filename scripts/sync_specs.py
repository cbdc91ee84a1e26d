"""Regenerate on spec change: fetch each vendor's published spec, and when it changed, move everything together.

For every vendor with an `upstream` URL in the registry (override: `--url vida=URL` or TALKWIRE_UPSTREAM_VIDA):
fetch it, normalise it (UTF-8 without BOM, LF line endings; "changed" means the parsed document differs, so
whitespace or key order alone is no change), check it (valid JSON/YAML, applies the overlay document, valid
OpenAPI), then write specs/, regenerate generated/, bump the version and write the changelog
(scripts/versioning.py), and print what changed. An unreachable upstream or an invalid spec is a clear error and
nothing under specs/, generated/ or releases/ moves: everything is checked before the first write, and any later
failure restores the previous files.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.registry import Registry, Vendor
from scripts.release_state import ReleaseStateError, release_dir
from scripts.spec_diff import Change
from scripts.specs import SpecError, iter_operations, load_vendor_spec
from scripts.versioning import Decision, VersioningError

_FETCH_TIMEOUT = 30.0


class SyncError(RuntimeError):
    """Fetching or checking a vendor's upstream spec failed; nothing was changed. The message says where."""


@dataclass(frozen=True)
class SyncResult:
    vendor: str
    url: str
    status: str  # "unchanged" or "updated"
    decision: Decision | None = None
    changes: list[Change] = field(default_factory=list)

    def summary(self) -> str:
        if self.status == "unchanged" or self.decision is None:
            return f"{self.vendor}: upstream spec unchanged ({self.url})"
        lines = [f"{self.vendor}: upstream spec changed ({self.url}); specs/, generated/ and releases/ updated"]
        lines.append(f"  {self.decision.line().strip()}")
        lines += [f"  - {change.level:<5} {change.line()}" for change in self.changes]
        return "\n".join(lines)


def upstream_url(vendor: Vendor, overrides: dict[str, str], environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    return overrides.get(vendor.key) or env.get(f"TALKWIRE_UPSTREAM_{vendor.key.upper()}") or vendor.upstream


def fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=_FETCH_TIMEOUT) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        raise SyncError(f"{url}: the upstream answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise SyncError(f"{url}: unreachable ({getattr(exc, 'reason', exc)})") from None


def normalise(raw: bytes, spec_path: Path, url: str) -> tuple[str, dict[str, Any]]:
    """The text to store (UTF-8, no BOM, LF) and its parsed document, or SyncError naming the URL and the line."""
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise SyncError(f"{url}: not UTF-8 ({exc})") from None
    try:
        document = json.loads(text) if spec_path.suffix == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise SyncError(f"{url}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except yaml.YAMLError as exc:
        raise SyncError(f"{url}: invalid YAML: {exc}") from None
    if not isinstance(document, dict) or "openapi" not in document:
        raise SyncError(f"{url}: not an OpenAPI document (no top-level `openapi`)")
    return text, document


@contextmanager
def _restored_on_failure(paths: list[Path]) -> Iterator[None]:
    """Snapshot files and directories; put them back exactly as they were if the block raises."""
    with tempfile.TemporaryDirectory(prefix="talkwire-sync-") as scratch:
        saved: list[tuple[Path, Path | None]] = []
        for index, path in enumerate(paths):
            copy: Path | None = Path(scratch) / str(index)
            if path.is_dir():
                shutil.copytree(path, Path(scratch) / str(index))
            elif path.exists():
                shutil.copy2(path, Path(scratch) / str(index))
            else:
                copy = None
            saved.append((path, copy))
        try:
            yield
        except BaseException:
            for path, saved_copy in saved:
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
                if saved_copy is not None and saved_copy.is_dir():
                    shutil.copytree(saved_copy, path)
                elif saved_copy is not None:
                    shutil.copy2(saved_copy, path)
            raise


def sync_vendor(registry: Registry, vendor: Vendor, url: str) -> SyncResult:
    from scripts.generate import GenerationError, generate_vendor
    from scripts.versioning import update_versions

    text, document = normalise(fetch(url), vendor.spec, url)
    current = vendor.spec.read_text(encoding="utf-8") if vendor.spec.exists() else None
    current_document = None
    if current is not None:
        try:
            current_document = json.loads(current) if vendor.spec.suffix == ".json" else yaml.safe_load(current)
        except (ValueError, yaml.YAMLError):
            current_document = None
    if current_document == document:
        return SyncResult(vendor.key, url, "unchanged")

    guarded = [vendor.spec, registry.generated_dir / vendor.key, release_dir(registry.root, vendor.key)]
    with _restored_on_failure(guarded):
        vendor.spec.write_text(text, encoding="utf-8")
        try:
            loaded = load_vendor_spec(vendor)
            if loaded.overlay_warnings:
                raise SyncError(
                    f"{url}: the overlay document {vendor.overlay} no longer fits the new spec: "
                    + "; ".join(loaded.overlay_warnings)
                )
            unnamed = [f"{m.upper()} {p}" for p, m, op in iter_operations(loaded.document) if "operationId" not in op]
            if unnamed:
                raise SyncError(
                    f"{url}: operations without an operationId after applying {vendor.overlay} (name them there): "
                    + ", ".join(unnamed)
                )
            generate_vendor(registry, vendor)
            decisions = update_versions(registry, [vendor.key])
        except (SpecError, GenerationError) as exc:
            raise SyncError(f"{url}: the new spec is not usable, nothing changed:\n{exc}") from None
        except (VersioningError, ReleaseStateError) as exc:
            raise SyncError(f"{url}: recording the new version failed, nothing changed: {exc}") from None
    decision = decisions[0] if decisions else None
    return SyncResult(vendor.key, url, "updated", decision, decision.changes if decision else [])


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.sync_specs [--url VENDOR=URL] [vendor ...]`: fetch upstream specs, update on change."""
    import argparse

    from scripts.registry import ROOT, RegistryError, load_registry

    parser = argparse.ArgumentParser(prog="sync-specs", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendors to sync (default: every vendor with an upstream)")
    parser.add_argument("--url", action="append", default=[], metavar="VENDOR=URL", help="override an upstream URL")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    overrides = dict(item.split("=", 1) for item in args.url if "=" in item)
    try:
        registry = load_registry(args.root)
        vendors = registry.select(args.vendors)
    except RegistryError as exc:
        print(f"sync-specs: {exc}", file=sys.stderr)
        return 2
    failures = 0
    for vendor in vendors:
        url = upstream_url(vendor, overrides)
        if url is None:
            if args.vendors:
                print(f"{vendor.key}: no upstream URL in the registry; its spec is hand-written", file=sys.stderr)
                failures += 1
            continue
        try:
            print(sync_vendor(registry, vendor, url).summary())
        except SyncError as exc:
            failures += 1
            print(f"sync-specs: {vendor.key}: {exc}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

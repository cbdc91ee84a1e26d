"""Regenerate on spec change: fetch each vendor's published spec, and when it changed, move everything together.

For every vendor with an `upstream` URL in the registry (override: `--url vida=URL` or TALKWIRE_UPSTREAM_VIDA):
fetch it, normalise it (UTF-8 without BOM, LF line endings; "changed" means the parsed document differs, so
whitespace or key order alone is no change), check it (valid JSON/YAML, applies the overlay document, valid
OpenAPI: the spec stage's model, built once; every problem listed), then write specs/, generate generated/ once from
that model, record the new version and its changelog (scripts/release/versioning.py), and print what changed.

No human is needed in between: an operation the vendor publishes without an operationId is named by the rule of
scripts/spec/naming.py, and overlay actions that the new spec leaves matching nothing (a removed operation's name
and repairs) are removed from the overlay document and listed by their lines (scripts/release/stale_actions.py).
A breaking change is recorded like any other: a major bump and a changelog naming what broke. `--pr-dir DIR`
writes the pull request a reviewer reads for each changed vendor (scripts/release/pull_request.py).

An unreachable upstream or an invalid spec is a clear error and nothing under specs/, overlays/, generated/ or
releases/ moves: everything is checked before the first write, and any later failure restores the previous files.
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

from scripts.cli import command_parser, report_failure, selected_vendors
from scripts.generation.generate import GenerationError, generate_vendor, recover_and_report
from scripts.registry import Registry, RegistryError, Vendor
from scripts.release.build import BuildError, check_requirements, discover
from scripts.release.pull_request import write_pull_request
from scripts.release.stale_actions import RemovedAction, StaleActionsError, without_stale_actions
from scripts.release.state import ReleaseStateError, release_dir
from scripts.release.versioning import Decision, VersioningError, update_versions
from scripts.spec.diff import Change
from scripts.spec.lint import lint
from scripts.spec.load import overlaid
from scripts.spec.model import Spec
from scripts.spec.source import SourceDocument, SpecError, parse_source, read_source
from scripts.spec.validate import spec_problems

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
    # Overlay actions removed because they matched nothing in the new spec (lines as they were).
    removed_actions: list[RemovedAction] = field(default_factory=list)
    # The spec file and overlay document, relative to the repository root.
    spec_file: str = ""
    overlay: str | None = None
    # Problems that stop the next `nox -s build` until a human acts (an overlay package's range, for instance).
    before_release: list[str] = field(default_factory=list)
    # The changelog section the release recorded, as written to releases/<vendor>/CHANGELOG.md.
    changelog_section: str = ""
    # What the new spec does not meet of docs/spec-conventions.md (the spec lint in CI fails until the overlay
    # document adds it): the change still syncs, and the reviewer is told.
    convention_findings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.status == "unchanged" or self.decision is None:
            return f"{self.vendor}: upstream spec unchanged ({self.url})"
        lines = [f"{self.vendor}: upstream spec changed ({self.url}); specs/, generated/ and releases/ updated"]
        lines.append(f"  {self.decision.line().strip()}")
        lines += [f"  - {change.level:<5} {change.line()}" for change in self.changes]
        if self.removed_actions:
            lines.append(f"  removed from {self.overlay}, as they matched nothing in the new spec:")
            lines += [f"  - {action.line()}" for action in self.removed_actions]
        lines += [f"  before the next release: {problem}" for problem in self.before_release]
        lines += [f"  spec convention not met: {finding}" for finding in self.convention_findings]
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


def normalise(raw: bytes, spec_path: Path, url: str) -> tuple[str, SourceDocument]:
    """The text to store (UTF-8, no BOM, LF) and its parsed document, or SyncError naming the URL and the line."""
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise SyncError(f"{url}: not UTF-8 ({exc})") from None
    try:
        source = parse_source(text, spec_path)
    except SpecError as exc:
        raise SyncError(f"{url}: {exc.location.where}: {exc.reason}") from None
    if "openapi" not in source.data:
        raise SyncError(f"{url}: not an OpenAPI document (no top-level `openapi`)")
    return text, source


def _current_document(vendor: Vendor) -> object:
    try:
        return read_source(vendor.spec).data
    except SpecError:
        return None


def check_upstream(vendor: Vendor, source: SourceDocument, url: str) -> tuple[Spec, str | None, list[RemovedAction]]:
    """The spec model of the fetched spec with the vendor's overlay document, the overlay document's new text when
    stale actions had to go (else None), and those actions; SyncError listing every problem otherwise."""
    try:
        spec = overlaid(source, read_source(vendor.overlay) if vendor.overlay is not None else None)
    except SpecError as exc:
        raise SyncError(f"{url}: the new spec is not usable, nothing changed:\n{exc}") from None
    problems = spec_problems(spec)
    if problems:
        listing = "\n".join(str(problem) for problem in problems)
        raise SyncError(f"{url}: the new spec is not usable ({len(problems)} problem(s)), nothing changed:\n{listing}")
    if not spec.stale_actions:
        return spec, None, []
    try:
        pruned, overlay_text, removed = without_stale_actions(spec)
    except StaleActionsError as exc:
        raise SyncError(f"{url}: the overlay document no longer fits the new spec, nothing changed: {exc}") from None
    return pruned, overlay_text, removed


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
    """Fetch, check, and on change move spec, overlay document, generated package, version and changelog together
    (or nothing)."""
    text, source = normalise(fetch(url), vendor.spec, url)
    if _current_document(vendor) == source.data:
        return SyncResult(vendor.key, url, "unchanged")
    # Checked before anything is written; this model is the one generation uses (the spec is parsed once).
    spec, overlay_text, removed = check_upstream(vendor, source, url)
    guarded = [vendor.spec, registry.generated_dir / vendor.key, release_dir(registry.root, vendor.key)]
    guarded += [vendor.overlay] if vendor.overlay is not None and overlay_text is not None else []
    with _restored_on_failure(guarded):
        vendor.spec.write_text(text, encoding="utf-8")
        if vendor.overlay is not None and overlay_text is not None:
            vendor.overlay.write_text(overlay_text, encoding="utf-8")
        try:
            generate_vendor(registry, vendor, spec=spec)
            decisions = update_versions(registry, [vendor.key])
        except (SpecError, GenerationError) as exc:
            raise SyncError(f"{url}: the new spec is not usable, nothing changed:\n{exc}") from None
        except (VersioningError, ReleaseStateError) as exc:
            raise SyncError(f"{url}: recording the new version failed, nothing changed: {exc}") from None
    decision = decisions[0] if decisions else None
    root = f"{registry.root}/"
    return SyncResult(
        vendor.key,
        url,
        "updated",
        decision,
        decision.changes if decision else [],
        removed,
        vendor.spec.relative_to(registry.root).as_posix(),
        vendor.overlay.relative_to(registry.root).as_posix() if vendor.overlay is not None else None,
        overlay_requirement_problems(registry, vendor),
        decision.changelog_section if decision else "",
        [str(finding).replace(root, "") for finding in lint(spec)],
    )


def overlay_requirement_problems(registry: Registry, vendor: Vendor) -> list[str]:
    """What `nox -s build` would refuse about the vendor's overlay package now (its range on the new version)."""
    overlay_dir = registry.root / "overlays" / vendor.key
    if not (overlay_dir / "pyproject.toml").exists() or not registry.core_dir.joinpath("pyproject.toml").exists():
        return []
    try:
        problems = check_requirements(discover(registry), registry)
    except BuildError as exc:
        return [str(exc)]
    pyproject = str(overlay_dir / "pyproject.toml")
    root = f"{registry.root}/"
    return [problem.replace(root, "") for problem in problems if problem.startswith(pyproject)]


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release.sync [--url VENDOR=URL] [vendor ...]`: fetch upstream specs, update on change."""
    parser = command_parser(
        "sync-specs", __doc__, vendors_help="vendors to sync (default: every vendor with an upstream)"
    )
    parser.add_argument("--url", action="append", default=[], metavar="VENDOR=URL", help="override an upstream URL")
    parser.add_argument(
        "--pr-dir",
        type=Path,
        metavar="DIR",
        help="write DIR/<vendor>.md for each changed vendor: a pull request's title (first line), a blank line, "
        "and its Markdown body",
    )
    parser.add_argument(
        "--list-upstreams",
        action="store_true",
        help="print the vendors with an upstream URL as a JSON list (a CI matrix) and exit",
    )
    args = parser.parse_args(argv)
    overrides = dict(item.split("=", 1) for item in args.url if "=" in item)
    try:
        registry, vendors = selected_vendors(args)
    except RegistryError as exc:
        return report_failure(parser.prog, exc, code=2)
    if args.list_upstreams:
        print(json.dumps([vendor.key for vendor in vendors if upstream_url(vendor, overrides) is not None]))
        return 0
    recover_and_report(registry.generated_dir)
    failures = 0
    for vendor in vendors:
        url = upstream_url(vendor, overrides)
        if url is None:
            if args.vendors:
                print(f"{vendor.key}: no upstream URL in the registry; its spec is hand-written", file=sys.stderr)
                failures += 1
            continue
        try:
            result = sync_vendor(registry, vendor, url)
            print(result.summary())
            if args.pr_dir is not None and result.status == "updated":
                path = write_pull_request(args.pr_dir, vendor, result)
                print(f"{vendor.key}: pull request title and body written to {path}")
        except SyncError as exc:
            failures += 1
            report_failure(f"{parser.prog}: {vendor.key}", exc)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

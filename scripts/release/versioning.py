"""Version bumps from spec changes: decide, record the release, write its changelog section.

For each vendor whose generated/<vendor>/ content differs from what releases/<vendor>/ records (see
scripts/release/state.py), three verdicts are taken:

- the spec diff (scripts/spec/diff.py) of the released overlaid spec against the current one: major, minor or
  patch by the rules of issue 7;
- griffe's breaking-change check of the released package's Python API (stored as griffe's own JSON dump) against
  the package just generated: it sees what the spec diff cannot, such as a template change that renames a
  function argument. griffe ignores annotations, so a changed parameter or return annotation of a public function
  or method is added here as breaking too (short of a parameter's union widened or a return's narrowed);
- the public Python API compared name by name (scripts/release/api_surface.py): a removed name is breaking, an added
  one is a minor change, as an addition to the spec is, whatever brought it (a spec change, or a template or
  generator change with the spec unchanged). The changelog lists these names (and griffe's removals only there).

The strongest verdict wins (any content change is at least a patch) and the record says why. Nothing is
regenerated: the version and the changelog are not generation inputs (the build stamps them into its copy).
"""

from __future__ import annotations

import ast
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from scripts.cli import command_parser, report_failure, selected_vendors
from scripts.fingerprint import tree_fingerprint
from scripts.generation.layout import OVERLAID_SPEC
from scripts.generation.stamp import read_stamp
from scripts.registry import Registry, RegistryError, Vendor
from scripts.release.api_surface import ApiChanges, api_changes, by_kind
from scripts.release.changelog import prepend_section, render_section
from scripts.release.state import (
    RELEASED_SPEC,
    ReleaseRecord,
    ReleaseStateError,
    changelog_path,
    read_record,
    read_released_api,
    release_dir,
    write_record,
    write_released_api,
)
from scripts.spec.diff import LEVELS, Change, Level, bump_level, diff_specs
from scripts.spec.load import read_spec
from scripts.spec.model import Spec
from scripts.spec.source import SpecError

# Keys of griffe's JSON dump that depend on where the package sits on disk, or only document: left out so the
# stored dump is the same on every machine and small.
_UNSTORED_API_KEYS = frozenset({"docstring", "filepath", "relative_filepath", "relative_package_filepath"})


class VersioningError(RuntimeError):
    """The release state cannot be decided (e.g. a generated package is missing); the message says which."""


@dataclass(frozen=True)
class Decision:
    vendor: str
    status: Literal["initial", "bumped", "unchanged"]
    old_version: str | None
    version: str
    bump: str | None
    reason: str
    changes: list[Change] = field(default_factory=list)
    # The public Python API names added and removed since the last release (empty for a first release).
    api: ApiChanges = field(default_factory=ApiChanges)
    # The section recorded in releases/<vendor>/CHANGELOG.md for this release; empty until it is recorded.
    changelog_section: str = ""

    def line(self) -> str:
        if self.status == "unchanged":
            return f"{self.vendor:<8} {self.version:<9} unchanged since its last release"
        if self.status == "initial":
            return f"{self.vendor:<8} {self.version:<9} first release recorded"
        return f"{self.vendor:<8} {self.old_version} -> {self.version} ({self.bump}): {self.reason}"


def next_version(version: str, level: Level) -> str:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def release_date() -> str:
    """Today's UTC date, or TALKWIRE_RELEASE_DATE (YYYY-MM-DD); recorded once, so regeneration never re-dates."""
    override = os.environ.get("TALKWIRE_RELEASE_DATE")
    if override:
        datetime.strptime(override, "%Y-%m-%d")  # a malformed override fails here, before anything is written
        return override
    return datetime.now(UTC).date().isoformat()


# --- griffe -----------------------------------------------------------------------------------------------------


def api_dump(generated_dir: Path, package: str) -> str:
    """griffe's JSON dump of the package's API, without file paths and docstrings (deterministic, compact)."""
    import griffe

    module = griffe.load(package, search_paths=[str(generated_dir)], resolve_aliases=False, allow_inspection=False)
    return json.dumps(_without_unstored(json.loads(module.as_json(full=False))), sort_keys=True, separators=(",", ":"))


def _without_unstored(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _without_unstored(value) for key, value in node.items() if key not in _UNSTORED_API_KEYS}
    if isinstance(node, list):
        return [_without_unstored(value) for value in node]
    return node


def released_api_module(released_dump: str) -> Any:
    """The griffe module a stored dump describes."""
    import griffe

    old = json.loads(released_dump, object_hook=griffe.json_decoder)
    # A decoded module must belong to a modules collection before griffe can walk its aliases.
    griffe.ModulesCollection().set_member(old.path, old)
    return old


def generated_api_module(generated_dir: Path, package: str) -> Any:
    """The griffe module of the package in generated_dir, as api_dump() reads it."""
    import griffe

    return griffe.load(package, search_paths=[str(generated_dir)], resolve_aliases=False, allow_inspection=False)


def api_breakages(released_dump: str, generated_dir: Path, package: str) -> list[str]:
    """griffe's explanations of every breaking change from the released API to the package in generated_dir."""
    return breakages_between(released_api_module(released_dump), generated_api_module(generated_dir, package))


def breakages_between(old: Any, new: Any) -> list[str]:
    """Every breaking change from griffe module `old` to `new`, explained."""
    import griffe

    found = {describe_breakage(breakage) for breakage in griffe.find_breaking_changes(old, new)}
    return sorted(found.union(annotation_breakages(old, new)))


def removal_findings(paths: frozenset[str]) -> frozenset[str]:
    """griffe's finding that each of `paths` was removed, worded as describe_breakage() words it."""
    import griffe

    return frozenset(f"`{path}`: {griffe.BreakageKind.OBJECT_REMOVED.value}" for path in paths)


def describe_breakage(breakage: Any) -> str:
    """`talkwire_x_api.models.pet.Pet.name`: Attribute value was changed (`1` -> `2`), without file locations
    (the stored dump has none; griffe's own explain() needs them)."""
    text = f"`{breakage.obj.path}`: {breakage.kind.value}"
    simple = (str, int, float, bool)
    if isinstance(breakage.old_value, simple) or isinstance(breakage.new_value, simple):
        text += f" (`{breakage.old_value}` -> `{breakage.new_value}`)"
    return text


def annotation_breakages(old: Any, new: Any) -> Iterator[str]:
    """Every public function or method of `old` (a griffe module) whose counterpart in `new` annotates a parameter
    or its return differently, other than by widening a parameter's union or narrowing a return's: a caller
    type-checked against the old API may no longer be, so it is breaking. griffe's own finder compares parameters
    by name, kind and default, and returns only when one disappears."""
    yield from _annotation_changes(old, new, set())


def _annotation_changes(old: Any, new: Any, seen: set[str]) -> Iterator[str]:
    import griffe

    try:
        old = old.final_target if old.is_alias else old
        new = new.final_target if new.is_alias else new
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return  # re-exported from outside the package (or unresolvable): not this package's API to compare
    if old.path in seen or old.kind is not new.kind:
        return  # already compared where it is defined; a changed kind is griffe's finding
    seen.add(old.path)
    if old.is_function:
        yield from _function_annotation_changes(old, new)
    elif old.is_module or old.is_class:
        new_members = new.all_members
        for name, member in old.all_members.items():
            if member.is_public and name in new_members:
                yield from _annotation_changes(member, new_members[name], seen)


def _function_annotation_changes(old: Any, new: Any) -> Iterator[str]:
    new_parameters = {parameter.name: parameter for parameter in new.parameters}
    for parameter in old.parameters:
        counterpart = new_parameters.get(parameter.name)
        if counterpart is not None and _allows_more_than(parameter.annotation, counterpart.annotation):
            yield (
                f"`{new.path}`: Parameter annotation was changed "
                f"(`{parameter.name}`: `{parameter.annotation}` -> `{counterpart.annotation}`)"
            )
    if _allows_more_than(new.returns, old.returns):
        yield f"`{new.path}`: Return annotation was changed (`{old.returns}` -> `{new.returns}`)"


def _allows_more_than(first: Any, second: Any) -> bool:
    """Whether annotation `first` may allow what `second` does not: a parameter's old annotation against its new one
    (a caller passing what was allowed), a return's new against its old (a caller handling what was returned).
    A union with more members allows more (`X` -> `X | None` widens a parameter, harmlessly); any other difference
    counts, since deciding subtyping is not attempted. Unannotated on either side: nothing a type checker held the
    caller to (a return annotation dropped is griffe's own finding)."""
    if first is None or second is None:
        return False
    return not _union_members(str(first)) <= _union_members(str(second))


def _union_members(annotation: str) -> frozenset[str]:
    """The members of a top-level union (`A | B`, `Union[A, B]`, `Optional[A]`), each as normalised source."""
    try:
        tree = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return frozenset({annotation})
    members: list[ast.expr] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            pending += [node.left, node.right]
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value).rsplit(".", 1)[-1] in ("Union", "Optional"):
            parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            pending += parts
            if ast.unparse(node.value).endswith("Optional"):
                pending.append(ast.Constant(None))
        else:
            members.append(node)
    return frozenset(ast.unparse(member) for member in members)


# --- deciding ---------------------------------------------------------------------------------------------------


def decide(registry: Registry, vendor: Vendor) -> Decision:
    """What the next release of `vendor` is, from generated/<vendor>/ and its record (nothing is written)."""
    generated_dir = registry.generated_dir / vendor.key
    stamp = read_stamp(generated_dir)
    if stamp is None:
        raise VersioningError(f"generated/{vendor.key}/ does not exist: run `nox -s generate` first")
    record = read_record(registry.root, vendor.key)
    if record is None:
        reason = f"First release: {stamp.operations} operations, {stamp.models} models."
        return Decision(vendor.key, "initial", None, vendor.first_version, "initial", reason)
    if record.fingerprint == tree_fingerprint(generated_dir):
        return Decision(vendor.key, "unchanged", record.version, record.version, None, record.reason)

    released_spec = _read_spec(release_dir(registry.root, vendor.key) / RELEASED_SPEC)
    current_spec = _read_spec(generated_dir / OVERLAID_SPEC)
    changes = diff_specs(released_spec, current_spec)
    spec_level = bump_level(changes)
    released_api = read_released_api(registry.root, vendor.key)
    breakages: list[str] = []
    api = ApiChanges()
    if released_api:
        old, new = released_api_module(released_api), generated_api_module(generated_dir, vendor.api_package)
        breakages, api = breakages_between(old, new), api_changes(old, new)
    # griffe's findings but for its removals of names the changelog lists, by kind, as removed from the Python API.
    removals = removal_findings(api.vanished_paths)
    listed_breakages = [text for text in breakages if text not in removals]
    griffe_level: Level | None = "major" if breakages else None
    api_level: Level | None = "major" if api.removed else "minor" if api.added else None
    level = max((lvl for lvl in (spec_level, griffe_level, api_level, "patch") if lvl), key=LEVELS.index)
    reason = _explain(level, spec_level, breakages, released_api is not None, api)
    if listed_breakages and spec_level != "major":
        changes = [Change("major", "changed", "Python API", text) for text in listed_breakages] + changes
    if not changes:
        same = "same spec" if api.added or api.removed else "same spec and API"
        changes = [Change("patch", "changed", "generated code", f"generator or template change; {same}")]
    version = next_version(record.version, level)
    return Decision(vendor.key, "bumped", record.version, version, level, reason, changes, api)


def _explain(level: Level, spec_level: Level | None, breakages: list[str], griffe_ran: bool, api: ApiChanges) -> str:
    spec = f"the spec diff says {spec_level}" if spec_level else "the spec is unchanged (generator or templates moved)"
    if not griffe_ran:
        griffe = "griffe had no released API to compare with"
    elif breakages:
        griffe = f"griffe finds {len(breakages)} breaking change(s) in the Python API ({breakages[0]})"
    else:
        griffe = "griffe finds no breaking change in the Python API"
    clauses = [spec, griffe]
    if api.added or api.removed:
        counts = [f"adds {len(api.added)}" if api.added else "", f"removes {len(api.removed)}" if api.removed else ""]
        clauses.append(f"the public Python API {' and '.join(filter(None, counts))} name(s)")
    if breakages and spec_level != "major":
        clauses.append("they disagree and the stronger bump (griffe's) wins")
    elif api.removed and spec_level != "major":
        clauses.append("a removed name is breaking, so major")
    elif api.added and spec_level in (None, "patch"):
        clauses.append("an addition to the Python API is at least a minor")
    elif not spec_level:
        clauses.append("the content changed, so at least a patch")
    return f"{level.capitalize()}: " + "; ".join(clauses) + "."


def _read_spec(path: Path) -> Spec:
    try:
        return read_spec(path)
    except SpecError as exc:
        raise VersioningError(f"cannot read the spec to compare: {exc}") from None


# --- recording --------------------------------------------------------------------------------------------------


def record_release(registry: Registry, vendor: Vendor, decision: Decision, date: str) -> str:
    """Write releases/<vendor>/: record, released spec, released API, changelog section; returns that section."""
    generated_dir = registry.generated_dir / vendor.key
    record = ReleaseRecord(
        version=decision.version,
        date=date,
        fingerprint=tree_fingerprint(generated_dir),
        bump=decision.bump or "initial",
        reason=decision.reason,
        api_added=by_kind(decision.api.added),
        api_removed=by_kind(decision.api.removed),
    )
    directory = release_dir(registry.root, vendor.key)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / RELEASED_SPEC).write_bytes((generated_dir / OVERLAID_SPEC).read_bytes())
    write_released_api(registry.root, vendor.key, api_dump(generated_dir, vendor.api_package))
    section = render_section(decision.version, date, decision.reason, decision.changes, decision.api)
    prepend_section(changelog_path(registry.root, vendor.key), vendor.api_distribution, section)
    write_record(registry.root, vendor.key, record)
    return section


def update_versions(registry: Registry, names: list[str] | None = None) -> list[Decision]:
    """Decide and record the next release of every selected vendor whose content changed since its last one (each
    recorded decision carries its changelog section)."""
    decisions = []
    date = release_date()
    for vendor in registry.select(names or []):
        if read_stamp(registry.generated_dir / vendor.key) is None:
            continue  # a vendor whose spec is not generated yet has nothing to release
        decision = decide(registry, vendor)
        if decision.status != "unchanged":
            decision = replace(decision, changelog_section=record_release(registry, vendor, decision, date))
        decisions.append(decision)
    return decisions


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release.versioning [--root DIR] [vendor ...]`: record a release where generated/ changed."""
    parser = command_parser("versioning", __doc__, vendors_help="vendors to version (default: all)")
    args = parser.parse_args(argv)
    try:
        registry, vendors = selected_vendors(args)
        decisions = update_versions(registry, [vendor.key for vendor in vendors])
    except (RegistryError, ReleaseStateError, VersioningError) as exc:
        return report_failure(parser.prog, exc)
    for decision in decisions:
        print(decision.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

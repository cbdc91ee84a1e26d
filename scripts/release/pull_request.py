"""The pull request a reviewer reads after `sync-specs` moved a vendor: its title and Markdown body.

Written to `<dir>/<vendor>.md` as a commit message is: the title on the first line, a blank line, the body. The body
says, in this order: what happened (and that nothing was edited by hand), the breaking changes, the spec diff by
operation (operations with a breaking change first, then models and the rest), the overlay actions removed because
they matched nothing (with their lines as they were), the project's spec conventions the new spec does not meet,
what must happen before the next release, the version bump, and the changelog section as recorded. `.github/workflows/sync-specs.yml` opens or updates one pull request per
vendor from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from scripts.registry import Vendor
from scripts.spec.diff import LEVELS, Change

if TYPE_CHECKING:
    from scripts.release.sync import SyncResult

_MODELS_AND_OTHER = "Models and other changes"


def pull_request_title(vendor: Vendor, result: SyncResult) -> str:
    decision = result.decision
    if decision is None or decision.status == "unchanged":
        return f"{vendor.title}: upstream spec changed, {vendor.api_distribution} unchanged"
    if decision.status == "initial":
        return f"{vendor.title}: upstream spec changed, {vendor.api_distribution} {decision.version} (first release)"
    return (
        f"{vendor.title}: upstream spec changed, {vendor.api_distribution} {decision.old_version} -> "
        f"{decision.version} ({decision.bump})"
    )


def pull_request_body(vendor: Vendor, result: SyncResult) -> str:
    sections = [_introduction(vendor, result), _breaking(result), _diff_by_operation(result.changes)]
    if result.removed_actions:
        sections.append(_removed_actions(result))
    if result.convention_findings:
        sections.append(
            "## Spec conventions the new spec does not meet\n\n"
            "CI's spec lint (docs/spec-conventions.md) fails until the overlay document adds these:\n\n"
            + "\n".join(f"- {finding}" for finding in result.convention_findings)
        )
    if result.before_release:
        sections.append(
            "## Before the next release\n\n" + "\n".join(f"- {problem}" for problem in result.before_release)
        )
    sections += [_version_bump(vendor, result), _changelog(result)]
    return "\n\n".join(section.rstrip("\n") for section in sections) + "\n"


def write_pull_request(directory: Path, vendor: Vendor, result: SyncResult) -> Path:
    """Write `<directory>/<vendor>.md` (title, blank line, body) and return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{vendor.key}.md"
    path.write_text(f"{pull_request_title(vendor, result)}\n\n{pull_request_body(vendor, result)}", encoding="utf-8")
    return path


def _introduction(vendor: Vendor, result: SyncResult) -> str:
    text = (
        f"{vendor.title} published a changed spec at <{result.url}>. `nox -s sync-specs` updated "
        f"`{result.spec_file}`, regenerated `generated/{vendor.key}/` and recorded the release below; nothing was "
        "edited by hand."
    )
    if result.removed_actions:
        text += (
            f" It removed {len(result.removed_actions)} action(s) that match nothing in the new spec from "
            f"`{result.overlay}` (listed below)."
        )
    return text


def _breaking(result: SyncResult) -> str:
    lines = [f"- {change.line()}" for change in result.changes if change.level == "major"]
    removed = result.decision.api.removed if result.decision else ()
    if removed:  # griffe's removals of these names are left out of the changes: the changelog lists them by kind
        lines.append(f"- removed from the Python API: {len(removed)} public name(s), listed in the changelog entries")
    return "## Breaking changes\n\n" + ("\n".join(lines) or "None.")


def _diff_by_operation(changes: list[Change]) -> str:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.operation or _MODELS_AND_OTHER, []).append(change)

    def order(group: str) -> tuple[int, int]:
        strongest = max(LEVELS.index(change.level) for change in groups[group])
        return (group == _MODELS_AND_OTHER, -strongest)

    lines = ["## Spec diff by operation"]
    for group in sorted(groups, key=order):  # stable: the diff's own order within equal keys
        lines += ["", f"### {group}", ""]
        lines += [f"- {change.level}: {change.line()}" for change in groups[group]]
    if not groups:
        lines += ["", "No change users of the client can notice (see the changelog)."]
    return "\n".join(lines)


def _removed_actions(result: SyncResult) -> str:
    lines = [
        "## Overlay actions removed (they matched nothing in the new spec)",
        "",
        f"From `{result.overlay}`, by their lines before this change:",
        "",
    ]
    lines += [
        f"- {action.lines}: `/actions/{action.index}`, target `{action.target}`" for action in result.removed_actions
    ]
    return "\n".join(lines)


def _version_bump(vendor: Vendor, result: SyncResult) -> str:
    decision = result.decision
    lines = ["## Version", ""]
    if decision is None:
        return "\n".join([*lines, "No release recorded."])
    lines += [
        "| distribution | released | next | bump |",
        "|---|---|---|---|",
        f"| `{vendor.api_distribution}` | {decision.old_version or '-'} | {decision.version} | {decision.bump or '-'} |",
        "",
        decision.reason,
    ]
    return "\n".join(lines)


def _changelog(result: SyncResult) -> str:
    """The recorded section, its headings one level down so that they sit under this one."""
    lines = result.changelog_section.strip("\n").splitlines()
    section = "\n".join("#" + line if line.startswith("#") else line for line in lines)
    return "## Changelog entries\n\n" + (section or "None recorded.")

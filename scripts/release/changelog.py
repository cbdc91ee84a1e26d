"""CHANGELOG.md of a generated distribution: one section per release, newest first, breaking changes first.

A section says why the version moved, then lists the spec diff's changes and griffe's breaking ones, and the public
Python API the release removed and added (scripts/release/api_surface.py), grouped by kind, each kind's list cut
after LISTED_PER_KIND names with a count of the rest (release.json keeps every name).

The file lives in releases/<vendor>/CHANGELOG.md (the pipeline adds a section when it records a release); the build
puts it into the distribution's copy, so it ships in the sdist.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from scripts.release.api_surface import KIND_HEADINGS, ApiChanges, ApiName
from scripts.spec.diff import Change

# Names listed per kind of a Python API change before the rest are only counted: a resource surface landing adds
# hundreds of methods, and a section is read, not searched.
LISTED_PER_KIND = 10


def _is_breaking(change: Change) -> bool:
    return change.level == "major"


# Sections in the order readers need them: what breaks their code first.
_HEADINGS: tuple[tuple[str, Callable[[Change], bool]], ...] = (
    ("Breaking changes", _is_breaking),
    ("Added", lambda change: not _is_breaking(change) and change.kind == "added"),
    ("Changed", lambda change: not _is_breaking(change) and change.kind == "changed"),
    ("Removed", lambda change: not _is_breaking(change) and change.kind == "removed"),
)


def render_section(version: str, date: str, reason: str, changes: list[Change], api: ApiChanges | None = None) -> str:
    """One release: `## <version> (<date>)`, why this bump, then the changes grouped, breaking ones first, each group
    followed by the public Python API names it covers (removed after the breaking changes, added after additions)."""
    lines = [f"## {version} ({date})", "", reason, ""]
    api = api or ApiChanges()
    # Removed names break callers, so they follow the breaking changes; added ones are what callers can newly use.
    api_after = {
        "Breaking changes": ("Removed from the Python API", api.removed),
        "Added": ("Added to the Python API", api.added),
    }
    for heading, belongs in _HEADINGS:
        entries = [change for change in changes if belongs(change)]
        if entries:
            lines += [f"### {heading}", ""]
            lines += [f"- {_entry(change)}" for change in entries]
            lines.append("")
        api_heading, names = api_after.get(heading, ("", ()))
        if names:
            lines += _api_names(api_heading, names)
    return "\n".join(lines)


def _api_names(heading: str, names: tuple[ApiName, ...]) -> list[str]:
    lines = [f"### {heading}", "", "Each object once, at its shortest public path.", ""]
    for kind, kind_heading in KIND_HEADINGS.items():
        paths = [name.path for name in names if name.kind == kind]
        if not paths:
            continue
        lines += [f"#### {kind_heading} ({len(paths)})", ""]
        lines += [f"- `{path}`" for path in paths[:LISTED_PER_KIND]]
        if len(paths) > LISTED_PER_KIND:
            lines.append(f"- and {len(paths) - LISTED_PER_KIND} more (release.json of this release lists every one)")
        lines.append("")
    return lines


def _entry(change: Change) -> str:
    text = f"{change.kind.capitalize()} {change.subject}"
    return text + (f": {change.detail}" if change.detail else "")


def title(distribution: str) -> str:
    return (
        f"# Changelog of {distribution}\n\nWritten by talkwire's release pipeline from the spec diff of each release.\n"
    )


def prepend_section(path: Path, distribution: str, section: str) -> None:
    """Insert `section` above the previous releases, keeping the title and everything below it."""
    header = title(distribution)
    previous = path.read_text(encoding="utf-8") if path.exists() else header
    body = previous[len(header) :] if previous.startswith(header) else previous
    older = body.strip("\n")
    text = header + "\n" + section.rstrip("\n") + "\n" + (f"\n{older}\n" if older else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

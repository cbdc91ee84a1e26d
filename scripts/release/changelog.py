"""CHANGELOG.md of a generated distribution: one section per release, newest first, breaking changes first.

The file lives in releases/<vendor>/CHANGELOG.md (the pipeline adds a section when it records a release); the build
puts it into the distribution's copy, so it ships in the sdist.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from scripts.spec.diff import Change


def _is_breaking(change: Change) -> bool:
    return change.level == "major"


# Sections in the order readers need them: what breaks their code first.
_HEADINGS: tuple[tuple[str, Callable[[Change], bool]], ...] = (
    ("Breaking changes", _is_breaking),
    ("Added", lambda change: not _is_breaking(change) and change.kind == "added"),
    ("Changed", lambda change: not _is_breaking(change) and change.kind == "changed"),
    ("Removed", lambda change: not _is_breaking(change) and change.kind == "removed"),
)


def render_section(version: str, date: str, reason: str, changes: list[Change]) -> str:
    """One release: `## <version> (<date>)`, why this bump, then the changes grouped, breaking ones first."""
    lines = [f"## {version} ({date})", "", reason, ""]
    for heading, belongs in _HEADINGS:
        entries = [change for change in changes if belongs(change)]
        if entries:
            lines += [f"### {heading}", ""]
            lines += [f"- {_entry(change)}" for change in entries]
            lines.append("")
    return "\n".join(lines)


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

"""The recorded last-released state of each generated distribution, kept in the repo under releases/<vendor>/.

    releases/<vendor>/release.json   version, date, content fingerprint, bump and why, and every public Python API
                                     name the release added or removed (written by the pipeline)
    releases/<vendor>/openapi.json   the overlaid spec as released: the "before" side of the next spec diff
    releases/<vendor>/api.json.gz    griffe's dump of the released package's Python API: the "before" side of the
                                     next breaking-change check (gzip: the dump is large and only read by griffe)
    releases/<vendor>/CHANGELOG.md   every release so far, newest first; the build puts it into the distribution

A release is decided when the fingerprint of generated/<vendor>/ (scripts/fingerprint.py) differs from the one
recorded, so each change bumps once, however often the pipeline runs before the next change. Nothing here is read
by generation: the version and the changelog reach a distribution only in its build copy.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from scripts.registry import Registry, Vendor

RELEASES_DIR = "releases"
RECORD = "release.json"
RELEASED_SPEC = "openapi.json"
RELEASED_API = "api.json.gz"
CHANGELOG = "CHANGELOG.md"


class ReleaseStateError(ValueError):
    """A file under releases/ is unreadable or malformed; the message names it."""


@dataclass(frozen=True)
class ReleaseRecord:
    """One vendor's last release."""

    version: str
    date: str  # ISO date (YYYY-MM-DD) the release was recorded: the changelog's date, never today's clock
    fingerprint: str  # tree_fingerprint() of generated/<vendor>/ as released
    bump: str  # "initial", "major", "minor" or "patch"
    reason: str  # why this bump: the spec diff's verdict and griffe's, in words
    # The public Python API names this release added and removed, paths by kind (scripts/release/api_surface.py):
    # every one, where the changelog lists the first few of each kind. Empty in records written before they were.
    api_added: dict[str, list[str]] = field(default_factory=dict)
    api_removed: dict[str, list[str]] = field(default_factory=dict)


_TEXT_FIELDS = ("version", "date", "fingerprint", "bump", "reason")


def release_dir(root: Path, vendor: str) -> Path:
    return root / RELEASES_DIR / vendor


def read_record(root: Path, vendor: str) -> ReleaseRecord | None:
    """The recorded release of `vendor`, or None before its first release."""
    path = release_dir(root, vendor) / RECORD
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        raise ReleaseStateError(f"{path}: not valid JSON ({exc})") from None
    try:
        texts = {name: str(data[name]) for name in _TEXT_FIELDS}
    except (KeyError, TypeError) as exc:
        raise ReleaseStateError(f"{path}: missing field {exc}") from None
    return ReleaseRecord(
        **texts,
        api_added=_paths_by_kind(path, data, "api_added"),
        api_removed=_paths_by_kind(path, data, "api_removed"),
    )


def _paths_by_kind(path: Path, data: dict[str, Any], name: str) -> dict[str, list[str]]:
    value = data.get(name, {})
    if not isinstance(value, dict) or not all(
        isinstance(paths, list) and all(isinstance(item, str) for item in paths) for paths in value.values()
    ):
        raise ReleaseStateError(f"{path}: field {name!r} is not a mapping of kinds to lists of names")
    return {str(kind): list(paths) for kind, paths in value.items()}


def release_version(registry: Registry, vendor: Vendor) -> str:
    """The version the vendor's generated distribution is built as: the recorded one, else its first version."""
    record = read_record(registry.root, vendor.key)
    return record.version if record is not None else vendor.first_version


def write_record(root: Path, vendor: str, record: ReleaseRecord) -> None:
    directory = release_dir(root, vendor)
    directory.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(record), indent=2, sort_keys=True) + "\n"
    (directory / RECORD).write_text(text, encoding="utf-8")


def write_released_api(root: Path, vendor: str, api_json: str) -> None:
    """Store griffe's JSON dump, gzip'd without a timestamp so the same API gives the same bytes."""
    directory = release_dir(root, vendor)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / RELEASED_API).write_bytes(gzip.compress(api_json.encode(), compresslevel=9, mtime=0))


def read_released_api(root: Path, vendor: str) -> str | None:
    path = release_dir(root, vendor) / RELEASED_API
    try:
        return gzip.decompress(path.read_bytes()).decode()
    except FileNotFoundError:
        return None
    except (OSError, EOFError) as exc:
        raise ReleaseStateError(f"{path}: not a gzip file ({exc})") from None


def changelog_path(root: Path, vendor: str) -> Path:
    return release_dir(root, vendor) / CHANGELOG

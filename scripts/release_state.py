"""The recorded last-released state of each generated distribution, kept in the repo under releases/<vendor>/.

    releases/<vendor>/release.json   version, date, content fingerprint, bump and why (written by the pipeline)
    releases/<vendor>/openapi.json   the overlaid spec as released: the "before" side of the next spec diff
    releases/<vendor>/api.json.gz    griffe's dump of the released package's Python API: the "before" side of the
                                     next breaking-change check (gzip: the dump is large and only read by griffe)
    releases/<vendor>/CHANGELOG.md   every release so far, newest first; generation copies it into generated/

The version a vendor's generated distribution carries is the one recorded here (pyproject.toml's `version` is only
the first release's). A bump is decided when the content fingerprint of generated/<vendor>/ differs from the one
recorded, so each change bumps once, however often the pipeline runs before the next change.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

RELEASES_DIR = "releases"
RECORD = "release.json"
RELEASED_SPEC = "openapi.json"
RELEASED_API = "api.json.gz"
CHANGELOG = "CHANGELOG.md"
# Files of generated/<vendor>/ that the content fingerprint leaves out: the generation stamp (it hashes the rest)
# and the changelog (written from this record, so it changes with every release by construction).
_UNFINGERPRINTED = frozenset({".talkwire-generated.json", CHANGELOG})
_IGNORED_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
_VERSION_LINE = re.compile(rb'^version = "[^"]*"$', re.MULTILINE)


class ReleaseStateError(ValueError):
    """A file under releases/ is unreadable or malformed; the message names it."""


@dataclass(frozen=True)
class ReleaseRecord:
    """One vendor's last release."""

    version: str
    date: str  # ISO date (YYYY-MM-DD) the release was recorded: the changelog's date, never today's clock
    fingerprint: str  # content_fingerprint() of generated/<vendor>/ as released
    bump: str  # "initial", "major", "minor" or "patch"
    reason: str  # why this bump: the spec diff's verdict and griffe's, in words


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
        return ReleaseRecord(**{field: str(data[field]) for field in ReleaseRecord.__dataclass_fields__})
    except (KeyError, TypeError) as exc:
        raise ReleaseStateError(f"{path}: missing field {exc}") from None


def recorded_version(root: Path, vendor: str) -> str | None:
    record = read_record(root, vendor)
    return record.version if record else None


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


def content_fingerprint(generated_dir: Path) -> str:
    """SHA-256 of what users would install from generated/<vendor>/, ignoring its version and changelog.

    It is computed on the output rather than the inputs on purpose: a generator upgrade or template edit that
    leaves the output byte-identical is no release, and one that changes it is (at least a patch).
    """
    digest = hashlib.sha256()
    files = [
        path
        for path in generated_dir.rglob("*")
        if path.is_file()
        and not _IGNORED_PARTS.intersection(path.relative_to(generated_dir).parts)
        and path.relative_to(generated_dir).as_posix() not in _UNFINGERPRINTED
    ]
    for path in sorted(files, key=lambda item: item.relative_to(generated_dir).as_posix()):
        relative = path.relative_to(generated_dir).as_posix()
        content = path.read_bytes()
        if relative == "pyproject.toml":
            content = _VERSION_LINE.sub(b'version = "*"', content)
        digest.update(relative.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()

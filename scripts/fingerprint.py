"""The one content fingerprint: SHA-256 over files (relative names and bytes) and named settings.

It serves every question the pipeline asks about content: did a vendor's generation inputs change (incremental
generation, the drift check), is generated/<vendor>/ what its stamp says (hand edits), and did a generated package
change since its last release (versioning).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

# Never content: caches that tools leave beside the files they read.
IGNORED_NAMES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
# The generation stamp in generated/<vendor>/ records the fingerprint of the rest of the tree, so it is not part of
# it (scripts/generation/stamp.py writes it).
STAMP = ".talkwire-generated.json"


def fingerprint(files: Iterable[Path], base: Path, settings: Mapping[str, str] | None = None) -> str:
    """SHA-256 over the names (relative to `base`) and bytes of `files` in name order, then over `settings`."""
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda item: item.relative_to(base).as_posix()):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    if settings:
        digest.update(json.dumps(dict(settings), sort_keys=True).encode())
    return digest.hexdigest()


def tree_files(root: Path) -> list[Path]:
    """Every regular file under `root`, caches left out."""
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and not IGNORED_NAMES.intersection(path.relative_to(root).parts)
    ]


def tree_fingerprint(root: Path) -> str:
    """The fingerprint of a generated tree: every file but caches and the stamp."""
    return fingerprint((path for path in tree_files(root) if path.relative_to(root).as_posix() != STAMP), root)

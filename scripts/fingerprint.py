"""Content hashes: of a vendor's generation inputs (for incremental skips) and of an output tree (for drift)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

# Files in an output tree that the tree hash ignores: the stamp that records the hash itself, and caches.
_IGNORED_NAMES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


def hash_files(paths: Iterable[Path], base: Path) -> str:
    """SHA-256 over the relative names and contents of `paths`, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda item: item.relative_to(base).as_posix()):
        digest.update(path.relative_to(base).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def tree_files(root: Path, *, exclude: frozenset[str] = frozenset()) -> list[Path]:
    """Every regular file under root, skipping caches and the names in `exclude` (relative paths)."""
    files = []
    for path in root.rglob("*"):
        if any(part in _IGNORED_NAMES for part in path.relative_to(root).parts):
            continue
        if path.is_file() and path.relative_to(root).as_posix() not in exclude:
            files.append(path)
    return files


def hash_tree(root: Path, *, exclude: frozenset[str] = frozenset()) -> str:
    return hash_files(tree_files(root, exclude=exclude), root)


def hash_inputs(files: Iterable[Path], base: Path, settings: dict[str, str]) -> str:
    """One fingerprint for everything that shapes a vendor's output: input files plus named settings."""
    digest = hashlib.sha256()
    digest.update(hash_files([path for path in files if path.exists()], base).encode())
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()

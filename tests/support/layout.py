"""A throwaway repository layout for tests that run the real pipeline outside the repository's own tree: the real
scripts/ (code and templates, so input fingerprints are computed as in the repository) and
overlays/core/pyproject.toml (the generated packages' talkwire-core requirement is read from it). The caller adds
its pyproject.toml registry and specs."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def copy_pipeline(root: Path) -> Path:
    shutil.copytree(REPO / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "overlays" / "core").mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "overlays" / "core" / "pyproject.toml", root / "overlays" / "core" / "pyproject.toml")
    return root

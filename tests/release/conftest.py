"""Throwaway repository layouts for the release tests, so they never touch the real specs/, generated/ or releases/.

Each holds the real scripts/ (code and templates, so fingerprints and generation are exactly the repository's) and
overlays/core/pyproject.toml (generated packages read their talkwire-core requirement from it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.fingerprint import tree_files

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

PETS_REGISTRY = """\
[tool.talkwire]
org_prefix = "talkwire"
templates = "scripts/templates"

[tool.talkwire.vendors.pets]
version = "0.1.0"
title = "Pets"
spec = "specs/pets.yaml"
"""


def copy_pipeline(root: Path) -> None:
    shutil.copytree(REPO / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "overlays" / "core").mkdir(parents=True)
    shutil.copy2(REPO / "overlays" / "core" / "pyproject.toml", root / "overlays" / "core" / "pyproject.toml")


@pytest.fixture
def pets_root(tmp_path: Path) -> Path:
    """A one-vendor repository (`pets`, from fixtures/pets-base.yaml) with nothing generated or released yet."""
    root = tmp_path / "repo"
    root.mkdir()
    (root / "pyproject.toml").write_text(PETS_REGISTRY, encoding="utf-8")
    (root / "specs").mkdir()
    shutil.copy2(FIXTURES / "pets-base.yaml", root / "specs" / "pets.yaml")
    copy_pipeline(root)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (caches excluded) by relative path, with its bytes."""
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in tree_files(root)}

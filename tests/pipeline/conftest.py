"""A throwaway copy of the repository layout for pipeline tests, so they never touch the real generated/ tree.

The copy holds tests/fixtures/minirepo (a two-vendor registry and its specs), the real scripts/ (code and
templates, so the input fingerprints are computed exactly as in the repository) and overlays/core/pyproject.toml
(the generated packages' talkwire-core requirement is read from it).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from scripts.fingerprint import tree_files
from scripts.registry import Registry, load_registry
from tests.support.layout import copy_pipeline

REPO = Path(__file__).resolve().parents[2]
MINIREPO = REPO / "tests" / "fixtures" / "minirepo"


def make_pipeline_root(root: Path) -> Path:
    shutil.copytree(MINIREPO, root)
    return copy_pipeline(root)


@pytest.fixture
def pipeline_root(tmp_path: Path) -> Path:
    """A fresh repository layout with nothing generated yet."""
    return make_pipeline_root(tmp_path / "repo")


@pytest.fixture
def registry(pipeline_root: Path) -> Registry:
    return load_registry(pipeline_root)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root (caches excluded) by relative path, with its bytes."""
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in tree_files(root)}


@pytest.fixture
def run_generate(pipeline_root: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `python -m scripts.generation --root <pipeline_root> ARGS`; returns (exit code, stdout, stderr)."""
    from scripts.generation.generate import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--root", str(pipeline_root), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run

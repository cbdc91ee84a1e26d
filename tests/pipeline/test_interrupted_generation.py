"""A generation killed mid-run leaves generated/ intact, and the next run clears what it left (issue 12, finding 18).

The kill is real: ``python -m scripts.generation`` runs in a subprocess of this test, which kills it (by its pid)
once its staging directory exists. A kill between the two renames of the swap is staged by hand: the retired tree is
where the run left it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.generation import generate
from scripts.generation.generate import ABANDONED_AFTER_SECONDS, generate_and_report, recover_interrupted
from scripts.registry import Registry
from tests.pipeline.conftest import REPO, snapshot

Run = Callable[..., tuple[int, str, str]]


def outputs(generated: Path) -> dict[str, bytes]:
    """Every file of the vendors' trees (what a staging or retired dot-directory holds is not output)."""
    return {name: data for name, data in snapshot(generated).items() if not name.startswith(".")}


def staging_dirs(generated: Path) -> list[Path]:
    return sorted(path for path in generated.glob(".staging-*") if path.is_dir())


@pytest.fixture
def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait(timeout=30)
    return process.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of another process that runs until the test ends (then this test stops it, by its pid)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait(timeout=30)


def test_a_killed_generation_leaves_the_output_intact_and_the_next_run_clears_its_staging(
    run_generate: Run, pipeline_root: Path
) -> None:
    run_generate()
    generated = pipeline_root / "generated"
    before = outputs(generated)
    command = [sys.executable, "-m", "scripts.generation", "--root", str(pipeline_root), "--force"]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not staging_dirs(generated) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the generation finished before it could be killed"
    left = staging_dirs(generated)
    assert left, "the killed run left no staging directory (it was killed before making one)"
    assert outputs(generated) == before

    code, _, err = run_generate()

    assert code == 0
    assert staging_dirs(generated) == []
    assert "left by a generation that did not finish" in err
    assert snapshot(generated) == before


def test_a_run_killed_between_the_renames_of_its_swap_gets_its_output_back(
    run_generate: Run, pipeline_root: Path, dead_pid: int
) -> None:
    run_generate()
    generated = pipeline_root / "generated"
    before = snapshot(generated)
    (generated / "pets").rename(generated / f".retired-pets-{dead_pid}")  # killed after retiring the old tree

    done = recover_interrupted(generated)

    assert done == ["restored pets/, which a generation stopped in the middle of replacing"]
    assert snapshot(generated) == before
    code, out, _ = run_generate()
    assert code == 0 and "up to date" in out


def test_a_retired_tree_beside_its_output_is_removed(run_generate: Run, pipeline_root: Path, dead_pid: int) -> None:
    run_generate()
    generated = pipeline_root / "generated"
    (generated / f".retired-pets-{dead_pid}").mkdir()
    done = recover_interrupted(generated)
    assert done == [f"removed .retired-pets-{dead_pid}, the tree a finished generation replaced"]
    assert sorted(path.name for path in generated.iterdir()) == ["pets", "shop"]


def test_a_running_generations_retired_tree_is_left_alone(
    run_generate: Run, pipeline_root: Path, live_pid: int, dead_pid: int
) -> None:
    # A run between the two renames of its swap (pets retired, its new tree not yet in place), and one done with
    # them and about to remove what it retired (shop): both still going, so neither tree is touched. The same
    # leftovers of a run that is gone are put back, or removed.
    run_generate()
    generated = pipeline_root / "generated"
    (generated / "pets").rename(generated / f".retired-pets-{live_pid}")
    (generated / f".retired-shop-{live_pid}").mkdir()
    (generated / f".retired-shop-{dead_pid}").mkdir()

    done = recover_interrupted(generated)

    assert done == [f"removed .retired-shop-{dead_pid}, the tree a finished generation replaced"]
    assert sorted(path.name for path in generated.iterdir()) == [
        f".retired-pets-{live_pid}",
        f".retired-shop-{live_pid}",
        "shop",
    ]


def test_a_retired_tree_without_a_pid_is_taken_as_abandoned_only_when_old(
    run_generate: Run, pipeline_root: Path
) -> None:
    # An older version named retired trees without the pid of their run: their age says whether it can be running.
    run_generate()
    generated = pipeline_root / "generated"
    (generated / "pets").rename(generated / ".retired-pets")
    assert recover_interrupted(generated) == []
    long_ago = time.time() - ABANDONED_AFTER_SECONDS - 60
    os.utime(generated / ".retired-pets", (long_ago, long_ago))
    assert recover_interrupted(generated) == ["restored pets/, which a generation stopped in the middle of replacing"]
    assert sorted(path.name for path in generated.iterdir()) == ["pets", "shop"]


def test_a_run_clears_what_killed_runs_left_once_not_once_per_vendor(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def counted(generated_dir: Path) -> list[str]:
        calls.append(generated_dir)
        return []

    monkeypatch.setattr(generate, "recover_interrupted", counted)
    assert len(registry.vendors) > 1
    assert generate_and_report(registry, list(registry.vendors.values())) == 0
    assert calls == [registry.generated_dir]


def test_a_running_generations_staging_is_left_alone(pipeline_root: Path) -> None:
    generated = pipeline_root / "generated"
    live = generated / f".staging-pets-{os.getpid()}-abc123"  # this test's process is alive
    fresh_unowned = generated / ".staging-pets-k2v9x"  # an older version's name: no pid, and recent
    old_unowned = generated / ".staging-shop-q8w1z"
    for directory in (live, fresh_unowned, old_unowned):
        directory.mkdir(parents=True)
    long_ago = time.time() - ABANDONED_AFTER_SECONDS - 60
    os.utime(old_unowned, (long_ago, long_ago))

    recover_interrupted(generated)

    assert live.is_dir() and fresh_unowned.is_dir() and not old_unowned.exists()

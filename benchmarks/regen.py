"""Regeneration time: talkwire's pipeline (`python -m scripts.generation`) vs bare `openapi-python-client generate`.

Both run on a copy of this checkout in benchmarks/.work/regen-root, so the benchmark never rewrites generated/.
Full: ``--force`` over every vendor vs the bare generator run once per vendor on the same overlaid specs (the
``openapi.json`` the pipeline writes beside each package). No-op: the pipeline again with nothing changed.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.environment import ROOT, WORK

_SKIPPED = shutil.ignore_patterns(
    ".git",
    ".nox",
    ".work",
    "__pycache__",
    "node_modules",
    ".venv*",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    ".index",
    "dist",
    "build",
    ".staging-*",
    ".retired-*",
)


def copy_checkout() -> Path:
    target = WORK / "regen-root"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT, target, ignore=_SKIPPED, symlinks=True)
    return target


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], cwd: Path, *, cpu: bool = True) -> float:
    """Seconds `command` took: CPU time (user + system, its own subprocesses included) unless `cpu` is False, then
    wall time. CPU time, because on a shared machine wall time also counts the time other processes held the
    cores; the pipeline and the bare generator are both CPU work on files in the page cache."""
    started, cpu_before = time.perf_counter(), _cpu_of_children()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = (_cpu_of_children() - cpu_before) if cpu else (time.perf_counter() - started)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return elapsed


def overlaid_specs(root: Path) -> list[Path]:
    return sorted(path for path in (root / "generated").glob("*/openapi.json"))


def bare_generation(generator: list[str], specs: list[Path]) -> float:
    """Seconds for the bare generator over every spec, one run per spec (as a user would run it)."""
    output = WORK / "bare"
    total = 0.0
    for spec in specs:
        target = output / spec.parent.name
        shutil.rmtree(target, ignore_errors=True)
        total += _timed(
            [*generator, "generate", "--path", str(spec), "--output-path", str(target), "--overwrite"], WORK
        )
    return total


def regeneration_rounds(generator: list[str], rounds: int, noop_rounds: int) -> dict[str, list[float]]:
    root = copy_checkout()
    specs = overlaid_specs(root)
    pipeline = [sys.executable, "-m", "scripts.generation"]
    results: dict[str, list[float]] = {"pipeline": [], "bare": [], "noop": []}

    def full() -> float:
        return _timed([*pipeline, "--force"], root)

    def bare() -> float:
        return bare_generation(generator, specs)

    variants: list[tuple[str, Callable[[], float]]] = [("pipeline", full), ("bare", bare)]
    for round_number in range(rounds):
        for name, run in variants if round_number % 2 == 0 else reversed(variants):
            results[name].append(run())
    for _ in range(noop_rounds):
        results["noop"].append(_timed(pipeline, root, cpu=False))
    return results

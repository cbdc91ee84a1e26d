"""The release, in its one order: lint the specs, generate, version, check drift, test, contract-test, build, publish.

A step runs only when every step before it succeeded, and publishing is last, so a failure anywhere publishes
nothing. Every step is safe to run again: generation skips what is up to date, versioning records one release per
content change, the drift check and the tests only read, the build is reproducible and publishing skips the files
the index already has. So the run after a failure resumes where it stopped: the steps already done are quick no-ops.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scripts.cli import command_parser
from scripts.contract.suite import ContractSuiteError, run_contract_suite
from scripts.generation.drift import find_drift
from scripts.generation.generate import generate_and_report
from scripts.registry import ROOT, Registry, load_registry
from scripts.release.build import BuildError, build_all
from scripts.release.index_server import IndexServerError
from scripts.release.publish import PublishError, publish_dist
from scripts.release.state import ReleaseStateError
from scripts.release.versioning import VersioningError, update_versions
from scripts.spec.lint import lint_and_report

ORDER = ("lint specs", "generate", "version", "drift", "tests", "contract", "build", "publish")


class ReleaseStepError(RuntimeError):
    """A step of the release failed; the message says what (its own output, above, says the details)."""


class ReleaseError(RuntimeError):
    """The release stopped at a failed step; nothing was published."""

    def __init__(self, step: str, reason: str) -> None:
        self.step = step
        self.reason = reason
        super().__init__(f"step `{step}` failed: {reason}")


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[], None]


def release_steps(root: Path = ROOT, *, pytest_args: Sequence[str] = ()) -> list[Step]:
    """The release's steps for the repository at `root`, in ORDER (`pytest_args` go to the tests step)."""
    registry = load_registry(root)
    actions: dict[str, Callable[[], None]] = {
        "lint specs": lambda: lint_specs(registry),
        "generate": lambda: generate(registry),
        "version": lambda: version(registry),
        "drift": lambda: check_drift(registry),
        "tests": lambda: run_tests(root, pytest_args),
        "contract": lambda: contract_tests(root),
        "build": lambda: build(registry),
        "publish": lambda: publish(root),
    }
    return [Step(name, actions[name]) for name in ORDER]


def run_release(steps: Sequence[Step], *, say: Callable[[str], None] = print) -> None:
    """Run `steps` in order; ReleaseError naming the first that fails (the ones after it do not run)."""
    for step in steps:
        say(f"release: {step.name}")
        started = time.perf_counter()
        try:
            step.run()
        except ReleaseStepError as exc:
            raise ReleaseError(step.name, str(exc)) from None
        say(f"release: {step.name} done ({time.perf_counter() - started:.1f}s)")


# --- the steps ------------------------------------------------------------------------------------------------


def lint_specs(registry: Registry) -> None:
    problems = lint_and_report(registry, list(registry.vendors))
    if problems:
        raise ReleaseStepError(f"{problems} spec problem(s)")


def generate(registry: Registry) -> None:
    failures = generate_and_report(registry, registry.select([]))
    if failures:
        raise ReleaseStepError(f"{failures} vendor(s) failed to generate")


def version(registry: Registry) -> None:
    try:
        for decision in update_versions(registry):
            print(decision.line())
    except (ReleaseStateError, VersioningError) as exc:
        raise ReleaseStepError(str(exc)) from None


def check_drift(registry: Registry) -> None:
    drifts = find_drift(registry)
    if drifts:
        raise ReleaseStepError("; ".join(f"{drift.vendor}: {drift.reason}" for drift in drifts))


def run_tests(root: Path, pytest_args: Sequence[str]) -> None:
    command = [sys.executable, "-m", "pytest", "--ignore=tests/contract", *pytest_args]
    if subprocess.run(command, cwd=root, check=False).returncode != 0:
        raise ReleaseStepError("the test suite failed")


def contract_tests(root: Path) -> None:
    try:
        run_contract_suite(root)
    except ContractSuiteError as exc:
        raise ReleaseStepError(str(exc)) from None


def build(registry: Registry) -> None:
    try:
        build_all(registry, registry.root / "dist")
    except (BuildError, ReleaseStateError) as exc:
        raise ReleaseStepError(str(exc)) from None


def publish(root: Path) -> None:
    try:
        publish_dist(root, root / "dist")
    except (PublishError, IndexServerError) as exc:
        raise ReleaseStepError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release [--root DIR] [pytest arguments]`: the whole release, in order; stops at the
    first failure."""
    parser = command_parser("release", __doc__)
    args, pytest_args = parser.parse_known_args(argv)
    try:
        run_release(release_steps(args.root, pytest_args=pytest_args))
    except ReleaseError as exc:
        print(
            f"release: {exc}. Nothing was published. Fix it and run the release again: the steps before "
            f"`{exc.step}` are quick no-ops on unchanged inputs.",
            file=sys.stderr,
        )
        return 1
    print("release: done")
    return 0

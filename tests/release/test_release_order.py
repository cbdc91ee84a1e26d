"""The release order (scripts/release/order.py) end to end on a one-vendor repository: real lint, generation,
versioning, drift check, build and publish to an embedded index on loopback; the test suite and the contract tests
are stand-ins (they would be this repository's own)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from scripts.release.order import ORDER, ReleaseError, ReleaseStepError, Step, main, release_steps, run_release
from scripts.release.state import read_record
from tests.release.conftest import PETS_REGISTRY, REPO, copy_pipeline

pytestmark = pytest.mark.slow

LINT_CLEAN_SPEC = REPO / "tests" / "fixtures" / "lint" / "good.yaml"


@pytest.fixture
def release_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with one vendor whose spec passes the lint, and the whole of talkwire-core (it is built too)."""
    monkeypatch.setenv("TALKWIRE_RELEASE_DATE", "2026-03-04")
    monkeypatch.delenv("TALKWIRE_INDEX_URL", raising=False)
    root = tmp_path / "repo"
    root.mkdir()
    (root / "pyproject.toml").write_text(PETS_REGISTRY, encoding="utf-8")
    (root / "specs").mkdir()
    shutil.copy2(LINT_CLEAN_SPEC, root / "specs" / "pets.yaml")
    copy_pipeline(root)
    shutil.rmtree(root / "overlays" / "core")
    shutil.copytree(
        REPO / "overlays" / "core", root / "overlays" / "core", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


def published(root: Path) -> list[str]:
    packages = root / ".index" / "packages"
    return sorted(path.name for path in packages.iterdir()) if packages.exists() else []


def with_stand_ins(steps: list[Step], stand_ins: dict[str, Callable[[], None]]) -> list[Step]:
    return [replace(step, run=stand_ins[step.name]) if step.name in stand_ins else step for step in steps]


def test_the_steps_come_in_the_release_order(release_root: Path) -> None:
    assert [step.name for step in release_steps(release_root)] == list(ORDER)
    assert ORDER == ("lint specs", "generate", "version", "drift", "tests", "contract", "build", "publish")


def test_a_failing_step_publishes_nothing_and_the_next_run_completes(
    release_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ran: list[str] = []
    tests_pass = iter([False, True])

    def tests() -> None:
        ran.append("tests")
        if not next(tests_pass):
            raise ReleaseStepError("the test suite failed")

    steps = with_stand_ins(release_steps(release_root), {"tests": tests, "contract": lambda: ran.append("contract")})

    with pytest.raises(ReleaseError) as failure:
        run_release(steps)

    assert failure.value.step == "tests"
    assert ran == ["tests"]  # nothing after the failed step ran
    assert not (release_root / "dist").exists()
    assert published(release_root) == []
    first = read_record(release_root, "pets")
    assert first is not None and (first.version, first.bump) == ("0.1.0", "initial")
    capsys.readouterr()

    run_release(steps)

    out = capsys.readouterr().out
    assert "pets     up to date" in out  # the steps before the failure were no-ops the second time
    assert "pets     0.1.0     unchanged since its last release" in out
    assert ran == ["tests", "tests", "contract"]
    assert read_record(release_root, "pets") == first  # recorded once, not bumped again by the re-run
    assert [name for name in published(release_root) if name.startswith("talkwire_pets_api")] == [
        "talkwire_pets_api-0.1.0-py3-none-any.whl",
        "talkwire_pets_api-0.1.0.tar.gz",
    ]
    assert any(name.startswith("talkwire_core-") for name in published(release_root))


def test_a_spec_failing_the_lint_stops_the_release_at_its_first_step(
    release_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The spec breaks a rule of the lint: the very first step stops the release, before anything is generated.
    spec = release_root / "specs" / "pets.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("operationId: listNotes", "operationId: list_notes"))

    with pytest.raises(ReleaseError) as failure:
        run_release(release_steps(release_root))

    assert (failure.value.step, failure.value.reason) == ("lint specs", "1 spec problem(s)")
    assert not (release_root / "generated").exists()
    assert read_record(release_root, "pets") is None
    assert published(release_root) == []

    assert main(["--root", str(release_root)]) == 1
    err = capsys.readouterr().err
    assert "release: step `lint specs` failed: 1 spec problem(s). Nothing was published." in err

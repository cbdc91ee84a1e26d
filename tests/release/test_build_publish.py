"""Build every distribution of the repository, publish to a real pypiserver on loopback, install from it.

The index is the embedded one (scripts/release/index_server.py) in a temporary directory, started by a fixture and
stopped by its PID afterwards; nothing is written to the repository's dist/ or .index/.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.registry import load_registry
from scripts.release.build import Distribution, build_all, check_requirements, discover
from scripts.release.index_server import RunningIndex, prepare_index, running_index
from scripts.release.publish import (
    ExtraCheck,
    IndexTarget,
    Plan,
    PublishError,
    index_listing,
    overlay_checks,
    publish,
    verify_install,
)
from tests.release.conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build_all(load_registry(REPO), tmp_path_factory.mktemp("dist") / "dist")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningIndex]:
    with running_index(prepare_index(tmp_path_factory.mktemp("index"))) as running:
        yield running
    # running_index terminated the server by its PID; it must be gone.
    assert running.process.poll() is not None


@pytest.fixture(scope="module")
def target(index: RunningIndex) -> IndexTarget:
    return IndexTarget(index.url, index.simple_url, index.index.username, index.index.password, embedded=True)


@pytest.fixture(scope="module")
def published(target: IndexTarget, built: list[Path]) -> Plan:
    return publish(target, built)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listed_sha256(target: IndexTarget, project: str) -> dict[str, str | None]:
    """File name -> the SHA-256 the index lists for it (None when it lists another hash or none)."""
    return {
        name: listed.digest if listed.algorithm == "sha256" else None
        for name, listed in index_listing(target, project).items()
    }


def cli_publish(target: IndexTarget, dist: Path, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m scripts.release.publish` against `target`, configured only through the environment."""
    env = {
        **os.environ,
        "TALKWIRE_INDEX_URL": target.upload_url,
        "TWINE_USERNAME": target.username or "",
        "TWINE_PASSWORD": password if password is not None else (target.password or ""),
    }
    command = [sys.executable, "-m", "scripts.release.publish", "--root", str(REPO), "--dist", str(dist), "--no-verify"]
    return subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_every_distribution_is_built_and_discovered(built: list[Path]) -> None:
    distributions = discover(load_registry(REPO))
    kinds = {dist.kind for dist in distributions}
    assert kinds == {"core", "generated", "overlay"}
    names = {path.name for path in built}
    for dist in distributions:
        stem = f"{dist.name.replace('-', '_')}-{dist.version}"
        assert f"{stem}.tar.gz" in names and f"{stem}-py3-none-any.whl" in names


def test_each_generated_wheel_carries_its_overlaid_spec_inside_the_package(built: list[Path]) -> None:
    # talkwire_core.testing's fakes check requests against it in an installed package.
    for dist in (dist for dist in discover(load_registry(REPO)) if dist.kind == "generated"):
        package = dist.name.replace("-", "_")
        wheel = next(path for path in built if path.name.startswith(f"{package}-") and path.suffix == ".whl")
        with zipfile.ZipFile(wheel) as archive:
            shipped = json.loads(archive.read(f"{package}/openapi.json"))
        assert shipped == json.loads((dist.path / "openapi.json").read_text(encoding="utf-8")), wheel.name


def test_sdists_hold_only_the_distributions_own_files(built: list[Path]) -> None:
    # Not the repository's .gitignore (hatchling adds the first one it finds above a project), nor caches.
    for sdist in (path for path in built if path.name.endswith(".tar.gz")):
        with tarfile.open(sdist) as archive:
            names = archive.getnames()
        assert not [name for name in names if name.endswith(".gitignore") or "__pycache__" in name], sdist.name


def test_builds_are_reproducible(built: list[Path], tmp_path: Path) -> None:
    again = build_all(load_registry(REPO), tmp_path / "again")
    assert {path.name: sha256(path) for path in again} == {path.name: sha256(path) for path in built}


def test_publish_uploads_every_file_to_the_index(published: Plan, built: list[Path], target: IndexTarget) -> None:
    assert sorted(published.upload) == sorted(built)
    assert published.skip == [] and published.conflicts == []
    on_index = {}
    for project in {path.name.split("-")[0] for path in built}:
        on_index.update(listed_sha256(target, project))
    assert {path.name: sha256(path) for path in built}.items() <= on_index.items()


def test_republishing_skips_everything_and_exits_zero(published: Plan, built: list[Path], target: IndexTarget) -> None:
    result = cli_publish(target, built[0].parent)

    assert result.returncode == 0, result.stderr
    assert result.stdout.count("skipped ") == len(built)
    assert "uploaded" not in result.stdout


def test_a_changed_wheel_under_a_published_version_is_refused(
    published: Plan, built: list[Path], target: IndexTarget, tmp_path: Path
) -> None:
    wheel = next(path for path in built if path.name.startswith("talkwire_vida-") and path.suffix == ".whl")
    changed = tmp_path / "changed" / wheel.name
    changed.parent.mkdir()
    shutil.copy2(wheel, changed)
    with zipfile.ZipFile(changed, "a") as archive:
        archive.writestr("talkwire_vida/_sneaked_in.py", "CHANGED = True\n")

    with pytest.raises(PublishError) as raised:
        publish(target, [changed])
    result = cli_publish(target, changed.parent)

    message = str(raised.value)
    assert "refusing to publish" in message and wheel.name in message
    assert "already on the index with different content" in message and "immutable" in message
    assert result.returncode == 1 and "refusing to publish" in result.stderr
    assert listed_sha256(target, "talkwire-vida")[wheel.name] == sha256(wheel)


def test_uploads_need_the_right_password(published: Plan, target: IndexTarget, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    wheel = dist / "talkwire_unreleased-0.0.1-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("talkwire_unreleased/__init__.py", "")
        archive.writestr(
            "talkwire_unreleased-0.0.1.dist-info/METADATA",
            "Metadata-Version: 2.1\nName: talkwire-unreleased\nVersion: 0.0.1\n",
        )
        archive.writestr("talkwire_unreleased-0.0.1.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\n")
        archive.writestr("talkwire_unreleased-0.0.1.dist-info/RECORD", "")

    result = cli_publish(target, dist, password="not-the-password")

    assert result.returncode == 1
    assert "403" in result.stderr
    assert "not-the-password" not in result.stdout + result.stderr
    assert listed_sha256(target, "talkwire-unreleased") == {}


def test_a_project_the_index_lacks_is_not_looked_up_elsewhere(index: RunningIndex, target: IndexTarget) -> None:
    # pypiserver redirects unknown projects to its fallback; that answer must not count as "published here".
    assert listed_sha256(target, "httpx") == {}


def test_each_overlay_installs_from_the_index_into_a_fresh_venv_and_imports(
    published: Plan, built: list[Path], target: IndexTarget
) -> None:
    versions, imports, extras = overlay_checks(REPO, built)
    assert "talkwire-vida" in versions
    assert "from talkwire_vida import VidaClient" in imports["talkwire-vida"]
    assert extras["talkwire-vida"].imports == ("from talkwire_vida.testing import VidaFake", "VidaFake().check()")

    verify_install(target, versions, imports, extras)


def test_an_extra_whose_modules_come_without_it_is_refused(
    published: Plan, built: list[Path], target: IndexTarget
) -> None:
    versions, imports, _ = overlay_checks(REPO, built)
    # httpx comes with every overlay: an "extra" claiming it would be a dependency leaking into production installs.
    leaky = {"talkwire-vida": ExtraCheck("testing", ("httpx",), ("import talkwire_vida",))}

    with pytest.raises(PublishError, match=r"(?s)talkwire-vida without \[testing\] failed.*present: \['httpx'\]"):
        verify_install(target, {"talkwire-vida": versions["talkwire-vida"]}, imports, leaky)


def test_an_overlay_whose_range_excludes_its_generated_version_is_refused() -> None:
    registry = load_registry(REPO)
    built = [
        Distribution("talkwire-core", "0.1.0", REPO, "core", ()),
        Distribution("talkwire-pets-api", "1.0.0", REPO, "generated", ("talkwire-core>=0.1.0,<0.2",)),
        Distribution(
            "talkwire-pets", "0.3.0", REPO, "overlay", ("talkwire-core>=0.1.0,<0.2", "talkwire-pets-api>=0.1,<1")
        ),
        Distribution("talkwire-cats", "0.1.0", REPO, "overlay", ("talkwire-cats-api",)),
    ]

    problems = check_requirements(built, registry)

    assert any("talkwire-pets-api<1,>=0.1" in problem and "talkwire-pets-api 1.0.0" in problem for problem in problems)
    assert any("talkwire-cats must depend on talkwire-core" in problem for problem in problems)
    assert any(
        "talkwire-cats-api" in problem and "not among the distributions built" in problem for problem in problems
    )

"""Build every distribution that exists (talkwire-core, each generated package, each overlay package) into dist/.

Each is built from a copy of its directory. A generated package's copy gets its release stamped in: the version
recorded under releases/<vendor>/ (generated/ says 0.0.0, unreleased) and the changelog, so releasing never touches
generated/. Reproducible: SOURCE_DATE_EPOCH is fixed (every timestamp inside the archives), the build backend is the pinned
hatchling of the release dependency group (no isolated, freshly resolved backend), and the same tree gives
byte-identical sdists and wheels; the publish step relies on that to tell "already published" from "changed".
Before building, each overlay package's requirements are checked against the versions being built, so a generated
package's breaking release cannot ship beside an overlay written for the previous one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from scripts.cli import command_parser, report_failure
from scripts.fingerprint import IGNORED_NAMES
from scripts.generation.layout import UNRELEASED_VERSION
from scripts.registry import Registry, RegistryError, load_registry
from scripts.release.state import ReleaseStateError, changelog_path, release_version

# 1980-01-01T00:00:00Z, the earliest time a zip entry can carry. A constant rather than the commit time: the
# archive of an unchanged version must stay byte-identical from one commit to the next, or publishing it again
# would look like a changed file under an existing version.
DEFAULT_SOURCE_DATE_EPOCH = "315532800"


# Never part of a distribution, whatever its build configuration says: caches (as the fingerprint ignores them),
# build leftovers, and a .gitignore (hatchling puts a project's into its sdist whatever `exclude` says; a generated
# package has the generator's).
_NOT_SOURCES = (
    *sorted(IGNORED_NAMES),
    ".gitignore",
    "*.pyc",
    "*.egg-info",
    "build",
    "dist",
    ".venv*",
    ".hypothesis",
    "node_modules",
)
_NOT_SOURCES = (
    ".gitignore",
    "__pycache__",
    "*.pyc",
    "*.egg-info",
    "build",
    "dist",
    ".venv*",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
    "node_modules",
)


class BuildError(RuntimeError):
    """A distribution cannot be built or its metadata is inconsistent; the message names the file at fault."""


@dataclass(frozen=True)
class Distribution:
    name: str
    version: str
    path: Path
    kind: str  # "core", "generated" or "overlay"
    requirements: tuple[str, ...]
    changelog: Path | None = None  # stamped into a generated package's build copy

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def read_distribution(path: Path, kind: str) -> Distribution:
    pyproject = path / "pyproject.toml"
    try:
        with pyproject.open("rb") as handle:
            project = tomllib.load(handle)["project"]
        return Distribution(
            name=str(project["name"]),
            version=str(project["version"]),
            path=path,
            kind=kind,
            requirements=tuple(str(item) for item in project.get("dependencies", [])),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise BuildError(f"{pyproject}: cannot read [project] name/version ({exc!r})") from None


def discover(registry: Registry) -> list[Distribution]:
    """talkwire-core, then every generated package (as released), then every overlay package, found on disk."""
    found = [read_distribution(registry.core_dir, "core")]
    for vendor in registry.vendors.values():
        path = registry.generated_dir / vendor.key
        if (path / "pyproject.toml").exists():
            changelog = changelog_path(registry.root, vendor.key)
            found.append(
                replace(
                    read_distribution(path, "generated"),
                    version=release_version(registry, vendor),
                    changelog=changelog if changelog.exists() else None,
                )
            )
    overlays = sorted(path.parent for path in (registry.root / "overlays").glob("*/pyproject.toml"))
    found += [read_distribution(path, "overlay") for path in overlays if path != registry.core_dir]
    return found


def stamp_release(copy: Path, dist: Distribution) -> None:
    """Put a generated package's release into its build copy: the version in pyproject.toml, the changelog."""
    pyproject = copy / "pyproject.toml"
    placeholder = f'version = "{UNRELEASED_VERSION}"'
    lines = pyproject.read_text(encoding="utf-8").splitlines(keepends=True)
    at = [index for index, line in enumerate(lines) if line.rstrip("\n") == placeholder]
    if len(at) != 1:
        raise BuildError(f"{dist.path / 'pyproject.toml'}: expected one `{placeholder}` line to stamp the release into")
    lines[at[0]] = f'version = "{dist.version}"\n'
    pyproject.write_text("".join(lines), encoding="utf-8")
    if dist.changelog is not None:
        shutil.copyfile(dist.changelog, copy / "CHANGELOG.md")


def check_requirements(distributions: list[Distribution], registry: Registry) -> list[str]:
    """Problems with overlay packages' requirements on our own distributions (empty when all is well).

    Each overlay must require talkwire-core and its generated distribution, with ranges admitting the versions
    being built; a requirement on any of our distributions that the build does not produce is an error too.
    """
    ours: dict[str, Distribution] = {canonicalize_name(dist.name): dist for dist in distributions}
    core = canonicalize_name(f"{registry.org_prefix}-core")
    problems = []
    for dist in distributions:
        if dist.kind != "overlay":
            continue
        pyproject = dist.path / "pyproject.toml"
        required: dict[str, Requirement] = {}
        for text in dist.requirements:
            try:
                requirement = Requirement(text)
            except InvalidRequirement as exc:
                problems.append(f"{pyproject}: invalid requirement {text!r} ({exc})")
                continue
            required[canonicalize_name(requirement.name)] = requirement
        api = canonicalize_name(f"{dist.name}-api")
        for needed in (core, api):
            if needed not in required:
                problems.append(f"{pyproject}: {dist.name} must depend on {needed} (a compatible range)")
        for name, requirement in required.items():
            if not name.startswith(canonicalize_name(registry.org_prefix) + "-"):
                continue
            target = ours.get(name)
            if target is None:
                problems.append(f"{pyproject}: requires {requirement}, which is not among the distributions built")
            elif not requirement.specifier:
                problems.append(f"{pyproject}: {requirement.name} needs a compatible version range, not any version")
            elif not requirement.specifier.contains(Version(target.version), prereleases=True):
                problems.append(
                    f"{pyproject}: requires {requirement} but {target.label} is being built; update the overlay for "
                    f"{target.name} {target.version} and widen the range (and bump {dist.name}'s version)"
                )
    return problems


def build_all(registry: Registry, out_dir: Path, *, source_date_epoch: str | None = None) -> list[Path]:
    """Empty out_dir, build an sdist and a wheel (from the sdist) of every distribution, `twine check` them."""
    distributions = discover(registry)
    problems = check_requirements(distributions, registry)
    if problems:
        raise BuildError("overlay requirements do not match the distributions being built:\n  " + "\n  ".join(problems))
    shutil.rmtree(out_dir, ignore_errors=True)
    return build_distributions(distributions, out_dir, source_date_epoch=source_date_epoch)


def build_distributions(
    distributions: list[Distribution], out_dir: Path, *, source_date_epoch: str | None = None
) -> list[Path]:
    """Build an sdist and a wheel of each distribution into out_dir, `twine check` them; the files built."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch or DEFAULT_SOURCE_DATE_EPOCH}
    # Each build is its own process writing its own file names, so they can run side by side.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda dist: _build_one(dist, out_dir, env), distributions))
    for dist, error in zip(distributions, results, strict=True):
        if error:
            raise BuildError(error)
        print(f"built    {dist.label:<32} ({dist.kind})")
    artifacts = sorted(path for path in out_dir.iterdir() if path.suffix in (".whl", ".gz"))
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)], capture_output=True, text=True
    )
    if check.returncode != 0:
        raise BuildError(f"twine check failed:\n{check.stdout}{check.stderr}")
    print(f"twine check passed for {len(artifacts)} files in {out_dir}")
    return artifacts


def _build_one(dist: Distribution, out_dir: Path, env: dict[str, str]) -> str | None:
    """Build an sdist, then a wheel from it, into out_dir; the failure message, or None."""
    with tempfile.TemporaryDirectory(prefix="talkwire-build-") as scratch:
        source = _isolated_copy(dist.path, Path(scratch))
        if dist.kind == "generated":
            stamp_release(source, dist)
        result = subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out_dir), str(source)],
            env=env,
            capture_output=True,
            text=True,
        )
    if result.returncode == 0:
        return None
    return f"{dist.path}: building {dist.label} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"


def _isolated_copy(path: Path, scratch: Path) -> Path:
    """A copy of a distribution's directory outside the repository, without caches and build leftovers.

    hatchling puts the first .gitignore it finds above a project into the sdist: built in place, every sdist would
    carry the repository's .gitignore, change whenever it does and differ between checkouts. The empty `.git`
    beside the copy is where hatchling's search stops.
    """
    (scratch / ".git").mkdir()
    target = scratch / path.name
    shutil.copytree(path, target, ignore=shutil.ignore_patterns(*_NOT_SOURCES))
    return target


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.release.build [--root DIR] [--out DIR]`: sdists and wheels of every distribution."""
    parser = command_parser("build", __doc__)
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: <root>/dist)")
    args = parser.parse_args(argv)
    try:
        registry = load_registry(args.root)
        build_all(registry, args.out or registry.root / "dist")
    except (RegistryError, ReleaseStateError, BuildError) as exc:
        return report_failure(parser.prog, exc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

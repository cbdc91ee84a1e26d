"""talkwire's sessions. `nox -l` lists them; logic lives in scripts/ (laid out as the flow: spec/, generation/,
release/, contract/), the sessions only install what a step needs and call it.

The README's two commands: `nox -s release` (the main job) and `nox -t test` (every check CI runs).
"""

from __future__ import annotations

import nox
from nox.project import dependency_groups, load_toml

nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.needs_version = ">=2025.2.9"

PYPROJECT = load_toml("pyproject.toml")
VENDORS = list(PYPROJECT["tool"]["talkwire"]["vendors"])
PYTHON = "3.11"


def install_group(session: nox.Session, *groups: str) -> None:
    session.install(*dependency_groups(PYPROJECT, *groups))


def install_clients(session: nox.Session) -> None:
    """talkwire-core, every generated package and every overlay package, editable, without touching the index."""
    from pathlib import Path

    paths = ["overlays/core"]
    paths += [f"generated/{vendor}" for vendor in VENDORS if Path(f"generated/{vendor}/pyproject.toml").exists()]
    paths += [f"overlays/{vendor}" for vendor in VENDORS if Path(f"overlays/{vendor}/pyproject.toml").exists()]
    session.install("--no-deps", *(arg for path in paths for arg in ("-e", path)))
    # --no-deps above, so the clients' runtime dependencies are listed here (pydantic: generated webhook events).
    session.install(
        "httpx>=0.27,<0.29",
        "httpx-retries>=0.4,<0.7",
        "sniffio>=1.3",
        "attrs>=23.1",
        "pydantic>=2.6,<3",
    )


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/<vendor>/ from specs and overlay documents (`-- --force`, `-- vida`)."""
    install_group(session, "pipeline")
    session.run("python", "-m", "scripts.generation", *session.posargs)


@nox.session(name="check-generated", python=PYTHON, tags=["test"])
def check_generated(session: nox.Session) -> None:
    """Fail, naming the vendors, when generated/ is not what the current inputs produce."""
    install_group(session, "pipeline")
    session.run("python", "-m", "scripts.generation.drift", *session.posargs)


@nox.session(name="lint", python=PYTHON, tags=["test"])
def lint(session: nox.Session) -> None:
    """ruff over the repository (not generated/); mypy strict over scripts/, overlays/; actionlint over workflows."""
    install_group(session, "lint")
    install_clients(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "scripts", "overlays", "noxfile.py")
    # shellcheck (installed beside it) checks the shell of every `run:` step too.
    session.run("actionlint", "-shellcheck", "shellcheck")


@nox.session(python=PYTHON, tags=["test"])
def tests(session: nox.Session) -> None:
    """The test suite: pipeline, specs, overlays, webhooks (pytest arguments after --; contract tests: `contract`)."""
    install_group(session, "test")
    install_clients(session)
    # tests/contract runs in its own session (Prism, coverage check); given arguments, pytest gets exactly those.
    session.run("pytest", *(session.posargs or ["--ignore=tests/contract"]))


@nox.session(python=PYTHON, tags=["test"])
def contract(session: nox.Session) -> None:
    """Contract tests: every operation in-process (openapi-core) and against Prism mocks; fails below 100% coverage."""
    install_group(session, "test")
    install_clients(session)
    session.run("python", "-m", "scripts.contract", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Sdists and wheels of every distribution into dist/: reproducible (fixed SOURCE_DATE_EPOCH), twine-checked."""
    install_group(session, "release")
    session.run("python", "-m", "scripts.release.build", *session.posargs)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Upload dist/ to TALKWIRE_INDEX_URL or the embedded index; install each overlay from it into a fresh venv."""
    install_group(session, "release")
    session.run("python", "-m", "scripts.release.publish", *session.posargs)


@nox.session(python=PYTHON)
def index(session: nox.Session) -> None:
    """Serve the embedded index (.index/) on 127.0.0.1 in the foreground and print the pip install line."""
    install_group(session, "release")
    session.run("python", "-m", "scripts.release.index_server", *session.posargs)


@nox.session(name="sync-specs", python=PYTHON)
def sync_specs(session: nox.Session) -> None:
    """Fetch vendors' published specs (Vida; `-- --url vida=URL`); on change update specs/, regenerate, bump, log."""
    install_group(session, "release")
    session.run("python", "-m", "scripts.release.sync", *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """The main job: lint specs, generate, version, drift, tests, contract, build, publish (scripts/release/order.py).

    A failed step publishes nothing; run it again to resume. Publishes to the embedded index unless
    TALKWIRE_INDEX_URL is set.

    Arguments after `--` go to pytest (e.g. `nox -s release -- -x`)."""
    install_group(session, "test", "release")
    install_clients(session)
    session.run("python", "-m", "scripts.release", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks beside their baselines (raw httpx, bare generator); writes benchmarks/results.md (`-- --quick`)."""
    install_group(session, "pipeline")
    install_clients(session)
    session.install("uvicorn>=0.30")
    session.run("python", "-m", "benchmarks", *session.posargs)

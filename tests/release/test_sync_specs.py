"""`sync-specs` against a real HTTP server on loopback serving Vida's spec, in a copy of the repository layout.

A changed spec moves specs/, generated/, the version and the changelog together; an invalid or unreachable one
moves nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from scripts.generation import project
from scripts.generation.drift import find_drift
from scripts.generation.generate import generate_vendor
from scripts.registry import load_registry
from scripts.release.state import read_record
from scripts.release.sync import main
from scripts.release.versioning import update_versions
from tests.release.conftest import REPO, copy_pipeline, snapshot
from tests.support.servers import serve

pytestmark = pytest.mark.slow

MOVING_PARTS = ("specs", "generated", "releases")


class Upstream:
    """What the fake vendor serves at /openapi.json; tests set `body`."""

    def __init__(self) -> None:
        self.body = b""

    async def spec(self, request: Request) -> Response:
        return Response(self.body, media_type="application/json")


@pytest.fixture
def upstream() -> Iterator[tuple[Upstream, str]]:
    state = Upstream()
    with serve(Starlette(routes=[Route("/openapi.json", state.spec)])) as base_url:
        yield state, f"{base_url}/openapi.json"


@pytest.fixture
def vida_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The repository's registry, pipeline, Vida spec, overlay document, generated package and release record."""
    monkeypatch.setenv("TALKWIRE_RELEASE_DATE", "2026-05-06")
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
    copy_pipeline(root)
    for relative in ("specs/vida.json", "overlays/vida/openapi-overlay.yaml"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / relative, root / relative)
    shutil.copytree(REPO / "generated" / "vida", root / "generated" / "vida")
    if (REPO / "releases" / "vida").exists():
        shutil.copytree(REPO / "releases" / "vida", root / "releases" / "vida")
    # Bring the copy to a released, up-to-date state (a no-op when the repository is consistent).
    registry = load_registry(root)
    generate_vendor(registry, registry.vendors["vida"])
    update_versions(registry, ["vida"])
    return root


def vida_spec() -> dict[str, Any]:
    data = json.loads((REPO / "specs" / "vida.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def moving_parts(root: Path) -> dict[str, bytes]:
    return {f"{part}/{name}": data for part in MOVING_PARTS for name, data in snapshot(root / part).items()}


def sync(root: Path, url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--root", str(root), "--url", f"vida={url}", "vida"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def generator_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The vendors openapi-python-client renders from here on, one entry per run."""
    runs: list[str] = []
    render = project.render_package

    def counted(registry: Any, vendor: Any, spec: Any, project_dir: Path) -> None:
        runs.append(vendor.key)
        render(registry, vendor, spec, project_dir)

    monkeypatch.setattr("scripts.generation.generate.render_package", counted)
    return runs


def test_a_changed_upstream_spec_moves_spec_generated_version_and_changelog_together(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str], generator_runs: list[str]
) -> None:
    state, url = upstream
    before = read_record(vida_root, "vida")
    assert before is not None
    spec = vida_spec()
    spec["paths"]["/api/v2/ping"] = {
        "get": {
            "operationId": "pingService",
            "summary": "Check that the service answers",
            "tags": ["Authorization"],
            "responses": {
                "200": {
                    "description": "It answers.",
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"ok": {"type": "boolean"}}}}
                    },
                }
            },
        }
    }
    state.body = json.dumps(spec, indent=2).encode()

    code, out, err = sync(vida_root, url, capsys)

    assert code == 0, err
    major, minor, _ = (int(part) for part in before.version.split("."))
    expected = f"{major}.{minor + 1}.0"
    assert f"{before.version} -> {expected} (minor)" in out
    assert "added operation `ping_service` (GET /api/v2/ping)" in out
    assert (vida_root / "specs" / "vida.json").read_bytes() == state.body
    generated = vida_root / "generated" / "vida"
    assert (generated / "talkwire_vida_api" / "api" / "authorization" / "ping_service.py").exists()
    changelog = (vida_root / "releases" / "vida" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog of talkwire-vida-api")
    assert f"## {expected} (2026-05-06)" in changelog and "`ping_service`" in changelog
    after = read_record(vida_root, "vida")
    assert after is not None and (after.version, after.bump) == (expected, "minor")
    assert find_drift(load_registry(vida_root), ["vida"]) == []
    # One generation for one changed vendor: recording the release regenerates nothing.
    assert generator_runs == ["vida"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"openapi": "3.0.0", "paths": {', "line 1, column 32: invalid JSON"),
        (json.dumps({"openapi": "3.0.0", "paths": {}}).encode(), "invalid OpenAPI"),
        (b"[1, 2, 3]", "expected a mapping at the top level, found list"),
    ],
    ids=["invalid-json", "invalid-openapi", "not-a-spec"],
)
def test_an_invalid_upstream_spec_moves_nothing(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str], body: bytes, message: str
) -> None:
    state, url = upstream
    state.body = body
    before = moving_parts(vida_root)

    code, _, err = sync(vida_root, url, capsys)

    assert code == 1
    assert message in err and url in err
    assert moving_parts(vida_root) == before


def test_an_unreachable_upstream_moves_nothing(vida_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from scripts.loopback import free_port

    url = f"http://127.0.0.1:{free_port()}/openapi.json"
    before = moving_parts(vida_root)

    code, _, err = sync(vida_root, url, capsys)

    assert code == 1 and "unreachable" in err and url in err
    assert moving_parts(vida_root) == before


def test_the_same_document_reformatted_is_no_change(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str]
) -> None:
    state, url = upstream
    state.body = json.dumps(vida_spec(), indent=4, sort_keys=True).encode()
    before = moving_parts(vida_root)

    code, out, _ = sync(vida_root, url, capsys)

    assert code == 0 and "upstream spec unchanged" in out
    assert moving_parts(vida_root) == before

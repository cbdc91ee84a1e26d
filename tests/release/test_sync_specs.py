"""`sync-specs` against a real HTTP server on loopback serving Vida's spec, in a copy of the repository layout.

A changed spec moves specs/, generated/, the version and the changelog together; an invalid or unreachable one
moves nothing.
"""

from __future__ import annotations

import json
import re
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

MOVING_PARTS = ("specs", "overlays", "generated", "releases")
OVERLAY = "overlays/vida/openapi-overlay.yaml"


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
    for relative in ("specs/vida.json", OVERLAY, "overlays/vida/pyproject.toml"):
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


def sync(root: Path, url: str, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["--root", str(root), "--url", f"vida={url}", *extra, "vida"])
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

    code, _, err = sync(vida_root, url, capsys, "--pr-dir", str(vida_root / "pr"))

    assert code == 1
    assert message in err and url in err
    assert moving_parts(vida_root) == before
    assert not (vida_root / "pr").exists()


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


# --- without a human: an unnamed operation, a removed one (issue 18) ----------------------------------------------


def released_version(root: Path) -> tuple[int, int, int]:
    record = read_record(root, "vida")
    assert record is not None
    major, minor, patch = (int(part) for part in record.version.split("."))
    return major, minor, patch


def demoted(section: str) -> str:
    """A changelog section as the pull request body quotes it: under its own `##` heading, one level down."""
    return "\n".join("#" + line if line.startswith("#") else line for line in section.rstrip().splitlines())


def pull_request(root: Path) -> tuple[str, str]:
    title, blank, body = (root / "pr" / "vida.md").read_text(encoding="utf-8").partition("\n\n")
    assert blank
    return title, body


def test_an_unnamed_operation_and_an_optional_field_sync_with_no_hand_edit(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str]
) -> None:
    state, url = upstream
    major, minor, patch = released_version(vida_root)
    released = f"{major}.{minor}.{patch}"
    expected = f"{major}.{minor + 1}.0"
    overlay_before = (vida_root / OVERLAY).read_bytes()
    spec = vida_spec()
    # As Vida publishes endpoints: no operationId.
    spec["paths"]["/api/v2/ping"] = {
        "get": {
            "summary": "Check that the service answers",
            "tags": ["Authorization"],
            "responses": {"200": {"description": "It answers."}},
        }
    }
    token_list = spec["paths"]["/api/v2/tokens"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    token_list["properties"]["total"] = {"type": "integer", "description": "How many tokens there are."}
    state.body = json.dumps(spec, indent=2).encode()

    code, out, err = sync(vida_root, url, capsys, "--pr-dir", str(vida_root / "pr"))

    assert code == 0, err
    assert f"{released} -> {expected} (minor)" in out
    added_operation = "added operation `check_that_service_answers` (GET /api/v2/ping): no operationId upstream; "
    added_operation += "named `checkThatServiceAnswers` by the rule (summary, docs/operation-names.md)"
    assert added_operation in out
    generated = vida_root / "generated" / "vida" / "talkwire_vida_api"
    assert (generated / "api" / "authorization" / "check_that_service_answers.py").exists()
    changelog = (vida_root / "releases" / "vida" / "CHANGELOG.md").read_text(encoding="utf-8")
    latest = changelog[changelog.index(f"## {expected} (2026-05-06)") :].split("\n## ")[0]
    assert f"- Added {added_operation.removeprefix('added ')}" in latest
    assert "- Added optional field `total`" in latest
    # No hand edit, and everything consistent afterwards.
    assert (vida_root / OVERLAY).read_bytes() == overlay_before
    assert find_drift(load_registry(vida_root), ["vida"]) == []

    title, body = pull_request(vida_root)
    assert title == f"Vida: upstream spec changed, talkwire-vida-api {released} -> {expected} (minor)"
    assert body.startswith(f"Vida published a changed spec at <{url}>. `nox -s sync-specs` updated `specs/vida.json`")
    assert "## Breaking changes\n\nNone.\n" in body
    diff = body[body.index("## Spec diff by operation") : body.index("## Version")]
    assert f"### `check_that_service_answers` (GET /api/v2/ping)\n\n- minor: {added_operation}\n" in diff
    assert "### `list_tokens` (GET /api/v2/tokens)\n\n- minor: added optional field `total`" in diff
    assert f"| `talkwire-vida-api` | {released} | {expected} | minor |" in body
    assert body.endswith(f"## Changelog entries\n\n{demoted(latest)}\n")
    assert "Overlay actions removed" not in body and "Before the next release" not in body
    # Vida declares no security on its new endpoint: the change syncs, and the reviewer learns what CI's spec lint
    # will ask of the overlay document.
    conventions = body[body.index("## Spec conventions the new spec does not meet") : body.index("## Version")]
    assert re.search(
        r"\n- specs/vida\.json: /paths/~1api~1v2~1ping/get \(line \d+\): \[security\] no security declared "
        r"\(use `security: \[\]` for public operations\)\n\n$",
        conventions,
    )


def test_a_removed_operation_is_a_major_release_with_its_stale_overlay_actions_removed_and_listed(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str]
) -> None:
    state, url = upstream
    major, minor, patch = released_version(vida_root)
    released = f"{major}.{minor}.{patch}"
    overlay_lines = (vida_root / OVERLAY).read_text(encoding="utf-8").splitlines(keepends=True)
    spec = vida_spec()
    del spec["paths"]["/api/v2/tokens"]["delete"]
    state.body = json.dumps(spec, indent=2).encode()

    code, out, err = sync(vida_root, url, capsys, "--pr-dir", str(vida_root / "pr"))

    assert code == 0, err
    expected = f"{major + 1}.0.0"
    assert f"{released} -> {expected} (major)" in out
    removed = "removed operation `delete_token` (DELETE /api/v2/tokens)"
    changelog = (vida_root / "releases" / "vida" / "CHANGELOG.md").read_text(encoding="utf-8")
    latest = changelog[changelog.index(f"## {expected} (2026-05-06)") :].split("\n## ")[0]
    assert "### Breaking changes\n\n- Removed operation `delete_token` (DELETE /api/v2/tokens)" in latest

    # The five actions about DELETE /api/v2/tokens, by their lines in the overlay document as it was.
    stale = [
        (number, line.split("target: ", 1)[1].rstrip("\n"))
        for number, line in enumerate(overlay_lines, start=1)
        if line.startswith("  - target: $.paths['/api/v2/tokens'].delete")
    ]
    assert len(stale) == 5
    listed = re.findall(r"^  - (lines? \d+(?:-\d+)?): /actions/(\d+) \(target (.+)\)$", out, flags=re.MULTILINE)
    assert [(int(lines.split()[1].split("-")[0]), target) for lines, _, target in listed] == stale
    # Exactly those lines went, every other byte of the overlay document stayed.
    dropped = set()
    for lines, _, _ in listed:
        first, _, last = lines.split()[1].partition("-")
        dropped.update(range(int(first), int(last or first) + 1))
    kept = "".join(line for number, line in enumerate(overlay_lines, start=1) if number not in dropped)
    assert (vida_root / OVERLAY).read_text(encoding="utf-8") == kept
    assert "$.paths['/api/v2/tokens'].delete" not in kept
    assert find_drift(load_registry(vida_root), ["vida"]) == []

    title, body = pull_request(vida_root)
    assert title == f"Vida: upstream spec changed, talkwire-vida-api {released} -> {expected} (major)"
    assert f"## Breaking changes\n\n- {removed}\n" in body
    diff = body[body.index("## Spec diff by operation") : body.index("## Overlay actions removed")]
    assert diff == f"## Spec diff by operation\n\n### `delete_token` (DELETE /api/v2/tokens)\n\n- major: {removed}\n\n"
    section = body[body.index("## Overlay actions removed") : body.index("## Before the next release")]
    assert f"From `{OVERLAY}`, by their lines before this change:" in section
    for lines, index, target in listed:
        assert f"- {lines}: `/actions/{index}`, target `{target}`" in section
    # The overlay package's range excludes the new major: the reviewer is told before `nox -s build` refuses it.
    before_release = body[body.index("## Before the next release") : body.index("## Version")]
    assert (
        f"- overlays/vida/pyproject.toml: requires talkwire-vida-api<1,>=0.1.0 but talkwire-vida-api {expected} "
        "is being built"
    ) in before_release
    assert body.endswith(f"## Changelog entries\n\n{demoted(latest)}\n")


def test_an_upstream_spec_with_problems_lists_every_one_and_moves_nothing(
    vida_root: Path, upstream: tuple[Upstream, str], capsys: pytest.CaptureFixture[str]
) -> None:
    state, url = upstream
    spec = vida_spec()
    spec["paths"]["/api/v2/ping/{id}"] = {"get": {"operationId": "dupe", "responses": {"200": {"description": "ok"}}}}
    spec["paths"]["/api/v2/pong"] = {"get": {"operationId": "dupe", "responses": {"200": {"description": "ok"}}}}
    state.body = json.dumps(spec, indent=2).encode()
    before = moving_parts(vida_root)

    code, _, err = sync(vida_root, url, capsys, "--pr-dir", str(vida_root / "pr"))

    assert code == 1
    assert "the new spec is not usable (3 problem(s)), nothing changed:" in err
    assert "/paths/~1api~1v2~1ping~1{id}/get/operationId (line " in err
    assert "/paths/~1api~1v2~1pong/get/operationId (line " in err
    assert "/paths/~1api~1v2~1ping~1{id}/get (line " in err and "path parameter `id`" in err
    assert moving_parts(vida_root) == before
    assert not (vida_root / "pr").exists()


def test_the_vendors_with_an_upstream_are_listed_for_a_ci_matrix(
    vida_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(vida_root), "--list-upstreams"]) == 0
    assert json.loads(capsys.readouterr().out) == ["vida"]

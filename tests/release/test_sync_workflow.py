"""The scheduled sync workflow (.github/workflows/sync-specs.yml) calls `sync-specs` as it is, and reads back the
pull request file the way `write_pull_request` writes it. (actionlint checks the workflow itself: `nox -s lint`.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

from scripts.registry import Vendor
from scripts.release.pull_request import write_pull_request
from scripts.release.sync import SyncResult, main
from scripts.spec.source import read_source
from tests.release.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "sync-specs.yml"


def run_steps() -> list[str]:
    workflow = read_source(WORKFLOW).data
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]


def test_it_runs_daily_and_per_vendor_from_the_registry() -> None:
    workflow = read_source(WORKFLOW).data
    assert workflow["on"]["schedule"] == [{"cron": "23 5 * * *"}]
    assert workflow["jobs"]["sync"]["strategy"]["matrix"]["vendor"] == "${{ fromJSON(needs.plan.outputs.vendors) }}"
    steps = "\n".join(run_steps())
    assert "nox -s sync-specs -- --list-upstreams" in steps
    assert 'nox -s sync-specs -- --pr-dir "$RUNNER_TEMP/pull-requests" "$VENDOR"' in steps


def test_the_options_it_passes_exist(capsys: object) -> None:
    # argparse exits 2 on an unknown option; --help lists the ones the workflow relies on.
    try:
        main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "--pr-dir DIR" in out and "--list-upstreams" in out


def test_its_shell_reads_title_and_body_as_they_are_written(tmp_path: Path) -> None:
    vendor = Vendor("acme", "Acme", tmp_path / "specs" / "acme.yaml", None, "talkwire")
    result = SyncResult("acme", "http://127.0.0.1:1/openapi.yaml", "updated", spec_file="specs/acme.yaml")
    path = write_pull_request(tmp_path / "pull-requests", vendor, result)
    title = subprocess.run(["head", "-n", "1", str(path)], capture_output=True, text=True, check=True).stdout
    body = subprocess.run(["tail", "-n", "+3", str(path)], capture_output=True, text=True, check=True).stdout
    assert title == "Acme: upstream spec changed, talkwire-acme-api unchanged\n"
    assert body.startswith("Acme published a changed spec at <http://127.0.0.1:1/openapi.yaml>.")
    assert "## Breaking changes\n\nNone." in body
    assert [line for line in run_steps()[-1].splitlines() if "head -n" in line or "tail -n" in line] == [
        'title="$(head -n 1 "$message")"',
        'tail -n +3 "$message" > "$RUNNER_TEMP/body.md"',
    ]

"""scripts/contract/coverage.py (the 100% gate) and scripts/contract/prism.py (installing, starting and stopping Prism)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scripts.contract import coverage as contract_coverage
from scripts.contract import prism

TOTALS = {"vida": ["getAgent", "listTokens"], "dstny": ["getAccount"]}


def test_missing_operations_names_each_left_out_operation_per_mode() -> None:
    exercised = {
        "in-process": {"vida": ["getAgent", "listTokens"], "dstny": ["getAccount"]},
        "prism": {"vida": ["listTokens"]},
    }
    assert contract_coverage.missing_operations(TOTALS, exercised) == {
        "prism": {"vida": ["getAgent"], "dstny": ["getAccount"]}
    }


def test_coverage_table_counts_only_operations_of_the_spec() -> None:
    exercised = {"in-process": {"vida": ["getAgent", "gone"]}, "prism": {}}
    rows = [line.split() for line in contract_coverage.coverage_table(TOTALS, exercised).splitlines()[1:]]
    assert rows == [["vida", "1/2", "50%", "0/2", "0%"], ["dstny", "0/1", "0%", "0/1", "0%"]]


def test_the_gate_fails_naming_the_operation_and_passes_at_full_coverage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    totals = contract_coverage.spec_operation_ids()
    full = {mode: totals for mode in contract_coverage.MODES}
    report = tmp_path / "report.json"
    report.write_text(json.dumps({**full, "deviations": []}), encoding="utf-8")
    assert contract_coverage.main([str(report)]) == 0

    vendor, operations = next(iter(totals.items()))
    partial = {**full, "prism": {**totals, vendor: operations[1:]}}
    report.write_text(json.dumps(partial), encoding="utf-8")
    assert contract_coverage.main([str(report)]) == 1
    assert f"not exercised prism: {vendor}: {operations[0]}" in capsys.readouterr().err


def test_the_gate_refuses_an_unreadable_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert contract_coverage.main([str(tmp_path / "absent.json")]) == 1
    assert "cannot read the contract report" in capsys.readouterr().err


def test_prism_is_installed_once_at_the_pinned_version() -> None:
    executable = prism.install_prism()
    assert prism.installed_version() == prism.PRISM_VERSION
    assert prism.install_prism() == executable  # already there: no second npm run


def test_a_spec_prism_cannot_serve_fails_with_prism_output_and_leaves_no_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.1.0", "paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/nowhere"}}}}}}')
    started: list[prism.PrismMock] = []
    original_launch = prism.launch

    def launch(*args: object, **kwargs: object) -> prism.PrismMock:
        mock = original_launch(*args, **kwargs)  # type: ignore[arg-type]
        started.append(mock)
        return mock

    monkeypatch.setattr(prism, "launch", launch)
    with pytest.raises(prism.PrismError, match="broken"), prism.start_mocks({"broken": broken}, log_dir=tmp_path):
        pass
    assert started and started[0].process.poll() is not None, "Prism was left running"


def test_mocks_are_stopped_when_the_body_fails(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "tiny", "version": "1"},
                "paths": {"/ping": {"get": {"responses": {"200": {"description": "ok"}}}}},
            }
        )
    )
    pids: list[int] = []
    with (
        pytest.raises(RuntimeError, match="test body failed"),
        prism.start_mocks({"tiny": spec}, log_dir=tmp_path) as mocks,
    ):
        pids.append(mocks["tiny"].process.pid)
        raise RuntimeError("test body failed")
    with pytest.raises(ProcessLookupError):
        os.kill(pids[0], 0)

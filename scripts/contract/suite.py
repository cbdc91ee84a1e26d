"""The contract tests as CI runs them: Prism installed, pytest over tests/contract writing its report, then the
coverage gate (skipped for a subset, which cannot cover every operation)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from scripts.contract import coverage
from scripts.contract.prism import PrismError, install_prism
from scripts.registry import ROOT


class ContractSuiteError(RuntimeError):
    """The contract tests failed or left an operation unexercised; the output above says which."""


def run_contract_suite(root: Path = ROOT, pytest_args: Sequence[str] = ()) -> None:
    """Run tests/contract (with `pytest_args`, else all of it and then the coverage gate)."""
    try:
        install_prism()
    except PrismError as exc:
        raise ContractSuiteError(str(exc)) from None
    with tempfile.TemporaryDirectory(prefix="talkwire-contract-") as scratch:
        report = Path(scratch) / "contract-report.json"
        command = [sys.executable, "-m", "pytest", "tests/contract", f"--contract-report={report}", *pytest_args]
        if subprocess.run(command, cwd=root, check=False).returncode != 0:
            raise ContractSuiteError("the contract tests failed")
        if not pytest_args and coverage.main([str(report)]) != 0:
            raise ContractSuiteError("the contract tests did not exercise every operation in every mode")


def main(argv: list[str] | None = None) -> int:
    """`python -m scripts.contract [pytest arguments]`: the contract tests, then (without arguments) the gate."""
    try:
        run_contract_suite(ROOT, sys.argv[1:] if argv is None else argv)
    except ContractSuiteError as exc:
        print(f"contract: {exc}", file=sys.stderr)
        return 1
    return 0

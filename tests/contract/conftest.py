"""Contract-test fixtures (one Prism mock per vendor spec, for the whole session) and the coverage report:
per vendor, the operations exercised in-process and against Prism out of the spec's total, printed at the end and
written to ``--contract-report`` for ``python -m scripts.contract.coverage`` to check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.contract.coverage import coverage_table, deviation_lines, fallback_lines, spec_operation_ids
from scripts.contract.prism import PrismMock, start_mocks
from tests.contract import coverage
from tests.contract.clients import describe_client
from tests.contract.operations import contract_registry, generated_vendor_keys, load_contract, not_generated


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--contract-report",
        default=None,
        help="write the operations the contract tests exercised (JSON) here, for scripts.contract.coverage",
    )


@pytest.fixture(scope="session")
def prism_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismMock]]:
    """A Prism mock per vendor, serving its overlaid spec with request validation on; all stopped at the end."""
    directory = tmp_path_factory.mktemp("prism")
    specs: dict[str, Path] = {}
    for vendor in generated_vendor_keys():
        path = directory / f"{vendor}.json"
        path.write_text(json.dumps(load_contract(vendor).document), encoding="utf-8")
        specs[vendor] = path
    with start_mocks(specs, log_dir=directory) as mocks:
        yield mocks


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = session.config.getoption("--contract-report")
    if target:
        Path(target).write_text(json.dumps(coverage.as_report(), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    exercised = coverage.as_report()
    untested = not_generated()
    if not any(exercised.values()) and not untested:
        return
    terminalreporter.section("contract coverage: operations exercised / operations in the spec")
    for line in coverage_table(spec_operation_ids(contract_registry()), exercised).splitlines():
        terminalreporter.write_line(line)
    for vendor, reason in untested.items():
        terminalreporter.write_line(f"not generated, not tested: {vendor}: {reason}")
    clients = ", ".join(f"{vendor}: {describe_client(vendor)}" for vendor in generated_vendor_keys())
    terminalreporter.write_line(f"clients: {clients}")
    for line in [*deviation_lines(exercised["deviations"]), *fallback_lines(exercised["fallbacks"])]:
        terminalreporter.write_line(line)

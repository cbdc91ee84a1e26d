"""Every vendor's overlaid spec is valid OpenAPI and follows docs/spec-conventions.md (scripts/spec/lint.py).

Running these in the test suite is what makes the spec lint part of the test command.
"""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from scripts.spec.lint import lint
from tests.specs.conftest import REGISTRY, VENDORS, overlaid_spec, spec_model


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_overlaid_spec_is_valid_openapi(vendor: str) -> None:
    validate(overlaid_spec(vendor))


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_overlaid_spec_has_no_lint_findings(vendor: str) -> None:
    assert [str(problem) for problem in lint(spec_model(vendor))] == []


@pytest.mark.parametrize("vendor", [vendor for vendor in VENDORS if REGISTRY.vendors[vendor].spec.suffix != ".json"])
def test_hand_authored_specs_are_openapi_3_1(vendor: str) -> None:
    document = overlaid_spec(vendor)
    assert document["openapi"].startswith("3.1.")
    assert document["info"]["version"] and document["info"]["description"]
    assert document["servers"]

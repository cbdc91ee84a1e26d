"""In-process contract tests, generated from the specs: every operation of every vendor, called through the vendor's
client against a transport that validates the request with openapi-core and answers with what the spec allows.

- ``test_documented_answers``: the spec's examples (or a deterministic sample) for every documented response;
  successes parse into the declared model, documented errors raise the typed talkwire-core error.
- ``test_drawn_values``: hypothesis draws the arguments (optional ones included at random) and the success body
  from the schemas, also widened with extra fields and enum values the spec does not list (tolerant reader).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.contract import calls, coverage, schemas
from tests.contract.deviations import DeviationGuard
from tests.contract.harness import call_with_answer, check_error, check_success, check_tolerant_reading
from tests.contract.operations import load_contract, vendor_keys
from tests.contract.responses import DocumentedResponse, error_responses, sample_body, success_responses

OPERATIONS = [(vendor, name) for vendor in vendor_keys() for name in load_contract(vendor).operations]
IDS = [f"{vendor}.{name}" for vendor, name in OPERATIONS]
# Per operation: enough draws to meet absent optionals, nulls, extras and unknown enum values, few enough that
# ~300 operations stay within a couple of minutes on CI's two cores.
DRAWS_PER_OPERATION = 6


def variant_bodies(documented: DocumentedResponse) -> list[Any]:
    """Beside the examples: the body with only required fields, and with null in each optional nullable field."""
    if documented.media_type is None or not documented.media_type.endswith("json"):
        return []
    variants = [schemas.minimal(documented.schema), schemas.with_nulls(documented.schema)]
    return [variant for variant in variants if variant is not None]


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS, ids=IDS)
def test_documented_answers(vendor: str, name: str) -> None:
    contract = load_contract(vendor)
    operation = contract.operations[name]
    guard = DeviationGuard(operation, "in-process")
    request = calls.wire_request(contract, operation)
    successes = success_responses(contract, operation)
    assert successes, f"{operation}: documents no 2xx response"
    for documented in successes:
        for example in documented.examples:
            problems = schemas.validation_errors(documented.schema, example)
            assert not problems, (
                f"{operation}: the spec's {documented.label()} example does not fit its schema: {problems}"
            )
        for body in [*(documented.examples or [sample_body(documented)]), *variant_bodies(documented)]:
            with guard.call():
                outcome = call_with_answer(contract, operation, request, documented, body)
                check_success(operation, outcome, documented, body)
    for documented in error_responses(contract, operation):
        with guard.call():
            outcome = call_with_answer(contract, operation, request, documented, sample_body(documented))
            check_error(operation, outcome, documented)
    guard.finish()
    coverage.record("in-process", operation)


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS, ids=IDS)
@settings(
    max_examples=DRAWS_PER_OPERATION,
    deadline=None,
    derandomize=True,
    # No shrinking: on ~300 schemas it can take minutes per failure; the failing draw is printed as found.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_drawn_values(vendor: str, name: str, data: st.DataObject) -> None:
    contract = load_contract(vendor)
    operation = contract.operations[name]
    request = calls.wire_request(contract, operation, data.draw)
    documented = data.draw(st.sampled_from(success_responses(contract, operation)), label="response")
    tolerant = False
    body = None
    if documented.media_type is not None and documented.media_type.endswith("json"):
        tolerant = data.draw(st.booleans(), label="tolerant variant")
        schema = schemas.tolerant_variant(documented.schema) if tolerant else documented.schema
        body = data.draw(schemas.strategy(schema), label="body")
    use_async = data.draw(st.booleans(), label="through asyncio_detailed")
    with DeviationGuard(operation, "in-process").call():
        outcome = call_with_answer(
            contract, operation, request, documented, body, validate_answer=not tolerant, use_async=use_async
        )
        check_success(operation, outcome, documented, body)
        check_tolerant_reading(operation, outcome, body)

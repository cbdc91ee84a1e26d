"""The contract tests must be able to fail: a response that violates the spec, a request that leaves out what the
spec requires, and a spec that changed under the generated client are each caught, with a message naming the
operation (and the field)."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from talkwire_core import ResponseValidationError

from scripts.registry import ROOT, load_registry
from scripts.spec.overlay import apply_overlay
from scripts.spec.source import read_source
from tests.contract import calls, schemas
from tests.contract.clients import build_client
from tests.contract.deviations import deviations_for
from tests.contract.harness import call_with_answer
from tests.contract.operations import SPEC_OVERRIDE_ENV, Operation, generated_vendor_keys, load_contract
from tests.contract.responses import sample_body, success_responses
from tests.contract.transport import ContractViolationError, SpecTransport

FIXTURES = Path(__file__).parent / "fixtures"


def _required_top_level_field(operation: Operation) -> tuple[str, object] | None:
    """(field, JSON body without it) for the first success whose object schema requires a field."""
    contract = load_contract(operation.vendor)
    for documented in success_responses(contract, operation):
        schema = documented.schema
        if not isinstance(schema, dict) or schema.get("type") != "object" or not schema.get("required"):
            continue
        body = sample_body(documented)
        if not isinstance(body, dict):
            continue
        field = sorted(schema["required"])[0]
        return field, {key: value for key, value in body.items() if key != field}
    return None


WITH_REQUIRED_RESPONSE_FIELDS = [
    (vendor, name)
    for vendor in generated_vendor_keys()
    for name, operation in load_contract(vendor).operations.items()
    if _required_top_level_field(operation) is not None
    # A known deviation of the operation itself (Vocelio's login answers feed its auth flow) says what happens.
    and not any(deviation.operation == name for deviation in deviations_for(operation, "in-process"))
]


@pytest.mark.parametrize(
    ("vendor", "name"), WITH_REQUIRED_RESPONSE_FIELDS, ids=[f"{v}.{n}" for v, n in WITH_REQUIRED_RESPONSE_FIELDS]
)
def test_response_missing_a_required_field_raises_response_validation_error(vendor: str, name: str) -> None:
    contract = load_contract(vendor)
    operation = contract.operations[name]
    found = _required_top_level_field(operation)
    assert found is not None
    field, body = found
    documented = next(
        response for response in success_responses(contract, operation) if response.schema.get("required")
    )
    with pytest.raises(ResponseValidationError) as raised:
        call_with_answer(
            contract, operation, calls.wire_request(contract, operation), documented, body, validate_answer=False
        )
    assert raised.value.field == field, str(raised.value)
    assert operation.name in str(raised.value) and repr(field) in str(raised.value)


def _argument_without_default(vendor: str, name: str) -> str | None:
    """A required argument of the generated function that has no default (a required argument with a default
    can be left out by the caller, so it is no case for this test)."""
    contract = load_contract(vendor)
    operation = contract.operations[name]
    signature = inspect.signature(operation.module.sync_detailed)
    names = [calls.python_name_of(parameter.name) for parameter in operation.parameters if parameter.required]
    if calls.body_media_type(operation, contract)[2]:
        names.append("body")
    required = [
        argument
        for argument in sorted(names)
        if argument in signature.parameters and signature.parameters[argument].default is inspect.Parameter.empty
    ]
    return required[0] if required else None


WITH_REQUIRED_ARGUMENTS = [
    (vendor, name)
    for vendor in generated_vendor_keys()
    for name in load_contract(vendor).operations
    if _argument_without_default(vendor, name) is not None
]


@pytest.mark.parametrize(
    ("vendor", "name"), WITH_REQUIRED_ARGUMENTS, ids=[f"{v}.{n}" for v, n in WITH_REQUIRED_ARGUMENTS]
)
def test_request_missing_a_required_argument_is_refused_before_sending(vendor: str, name: str) -> None:
    contract = load_contract(vendor)
    operation = contract.operations[name]
    arguments = calls.call_arguments(contract, operation, calls.wire_request(contract, operation, only_required=True))
    left_out = _argument_without_default(vendor, name)
    assert left_out is not None
    del arguments[left_out]
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = build_client(vendor, base_url="http://contract.test", transport=httpx.MockTransport(record))
    with pytest.raises(TypeError, match=rf"missing 1 required .*argument: '{left_out}'"):
        operation.module.sync_detailed(client=client, **arguments)
    assert not sent, f"{operation}: a request went out without its required {left_out!r}"


def test_the_validating_transport_refuses_a_request_without_a_required_query_parameter() -> None:
    """What the in-process tests rely on: openapi-core names the operation and the missing parameter."""
    contract = load_contract("vida")
    operation = next(
        op for op in contract.operations.values() if any(p.required and p.location == "query" for p in op.parameters)
    )
    missing = next(p.name for p in operation.parameters if p.required and p.location == "query")
    transport = SpecTransport(
        contract=contract, responder=lambda op, req: httpx.Response(200), base_url="http://contract.test"
    )
    path = operation.path
    for parameter in operation.parameters:
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", "x")
    request = httpx.Request(
        operation.method, f"http://contract.test{path}?token=t", extensions={"talkwire_operation": operation.name}
    )
    with pytest.raises(ContractViolationError, match=missing) as raised:
        transport.handle_request(request)
    assert str(operation) in str(raised.value)


def test_the_validating_transport_refuses_a_request_without_credentials() -> None:
    """Security is part of what the transport checks: Vida's token belongs in the `token` query parameter."""
    contract = load_contract("vida")
    operation = next(
        op for op in contract.operations.values() if op.security and op.method == "GET" and not op.parameters
    )
    transport = SpecTransport(
        contract=contract, responder=lambda op, req: httpx.Response(200), base_url="http://contract.test"
    )
    request = httpx.Request(
        "GET", f"http://contract.test{operation.path}", extensions={"talkwire_operation": operation.name}
    )
    with pytest.raises(ContractViolationError, match="Security") as raised:
        transport.handle_request(request)
    assert str(operation) in str(raised.value)


@pytest.mark.parametrize(("form_value", "accepted"), [(b"true", True), (b"True", False), (b"None", False)])
def test_the_validating_transport_checks_multipart_booleans_in_their_wire_spelling(
    form_value: bytes, accepted: bool
) -> None:
    """A form field carries JSON's `true`/`false`; Python's `True` (what generated code once sent) is refused."""
    contract = load_contract("vida")
    operation = contract.operations["create_tasks_from_csv"]
    transport = SpecTransport(
        contract=contract, responder=lambda op, req: httpx.Response(200, json={}), base_url="http://contract.test"
    )
    request = httpx.Request(
        "POST",
        f"http://contract.test{operation.path}?token=t",
        files=[("csv", ("tasks.csv", b"phone\n+15550100\n", "text/csv")), ("dryRun", (None, form_value, "text/plain"))],
        headers={"Accept": "*/*"},  # what the client sends for an operation that documents no response body
        extensions={"talkwire_operation": operation.name},
    )
    if accepted:
        transport.handle_request(request)
    else:
        with pytest.raises(ContractViolationError, match="dryRun"):
            transport.handle_request(request)


def test_a_response_field_of_the_wrong_type_is_refused_by_the_transport_check() -> None:
    """The transport's own check of its answers fails loudly, naming the field, when an answer is off-spec."""
    schema = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    problems = schemas.validation_errors(schema, {"id": 5})
    assert problems == ["$.id: 5 is not of type 'string'"]


def test_a_broken_copy_of_a_spec_fails_the_contract_tests_naming_the_operations(tmp_path: Path) -> None:
    """specs/dstny.yaml with the breaks of fixtures/broken-dstny.overlay.yaml: the contract tests must fail and
    name listConversations (a new required parameter) and getConversation (a renamed required field)."""
    vendor = load_registry().vendors["dstny"]
    broken = apply_overlay(read_source(vendor.spec).data, read_source(FIXTURES / "broken-dstny.overlay.yaml").data)
    assert not broken.unmatched, f"the fixture no longer fits specs/dstny.yaml: {broken.unmatched}"
    broken_spec = tmp_path / "dstny-broken.json"
    broken_spec.write_text(json.dumps(broken.document), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/contract/test_in_process.py",
            "-k",
            "dstny",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env={**os.environ, SPEC_OVERRIDE_ENV: f"dstny={broken_spec}"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-3000:]
    assert "dstny list_conversations (GET /rest/conversations, operationId listConversations)" in output
    assert "tenant_region" in output
    assert "dstny get_conversation (GET /rest/conversations/{id}, operationId getConversation)" in output

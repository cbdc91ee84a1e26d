"""In-process contract tests, generated from the specs: every operation of every vendor, called through the vendor's
client against a transport that validates the request with openapi-core and answers with what the spec allows.

- ``test_documented_answers``: the spec's examples (or a deterministic sample) for every documented response;
  successes parse into the declared model, documented errors raise the typed talkwire-core error.
- ``test_drawn_values``: hypothesis draws the arguments (optional ones included at random) and the success body
  from the schemas, also widened with extra fields and enum values the spec does not list (tolerant reader); where
  it cannot draw from a schema, the spec's example or a minimal valid instance stands in (listed in the report).
"""

from __future__ import annotations

import contextlib
import copy
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from talkwire_core import APIError

from tests.contract import calls, coverage, schemas
from tests.contract.clients import build_client
from tests.contract.deviations import DeviationGuard
from tests.contract.harness import (
    call_with_answer,
    check_error,
    check_success,
    check_tolerant_reading,
    walk_pages_in_process,
)
from tests.contract.operations import (
    Contract,
    Operation,
    generated_operations,
    generated_vendor_keys,
    load_contract,
    not_generated,
    vendor_keys,
)
from tests.contract.responses import DocumentedResponse, answer, error_responses, sample_body, success_responses
from tests.contract.transport import documented_media_types

OPERATIONS = [(vendor, name) for vendor in generated_vendor_keys() for name in load_contract(vendor).operations]
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


@pytest.mark.parametrize("vendor", vendor_keys())
def test_every_registered_vendor_is_generated(vendor: str) -> None:
    """A vendor whose spec does not load, or whose package was never generated or no longer matches its spec, fails
    here by name; its operations are not collected, and every other vendor is still tested."""
    reason = not_generated().get(vendor)
    assert reason is None, f"{vendor}: not generated, its operations are not tested: {reason}"


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
def test_drawn_values(vendor: str, name: str) -> None:
    """Drawn by hypothesis; a schema it cannot draw from (its filters reject every try) gives the spec's example or
    a minimal valid instance instead, and the report says so."""
    contract = load_contract(vendor)
    operation = contract.operations[name]
    drawn = drawn_schemas(contract, operation)
    for what in [what for what, schema in drawn if schemas.set_aside_if_undrawable(schema, search=False)]:
        coverage.record_fallback(operation, what)
    try:
        _call_with_drawn_values(contract, operation)
    except Unsatisfiable:
        set_aside = [what for what, schema in drawn if schemas.set_aside_if_undrawable(schema)]
        if not set_aside:
            raise
        for what in set_aside:
            coverage.record_fallback(operation, what)
        _call_with_drawn_values(contract, operation)


def drawn_schemas(contract: Contract, operation: Operation) -> list[tuple[str, Any]]:
    """(what, schema) of every value ``_call_with_drawn_values`` draws from a schema."""
    drawn = [(f"{p.location} parameter {p.name}", calls.drawn_parameter_schema(p)) for p in operation.parameters]
    media_type, body_schema, _ = calls.body_media_type(operation, contract)
    if media_type is not None:
        drawn.append((f"request body ({media_type})", body_schema))
    for documented in success_responses(contract, operation):
        if documented.media_type is not None and documented.media_type.endswith("json"):
            drawn.append((f"{documented.label()} response body", documented.schema))
            drawn.append(
                (f"{documented.label()} response body (tolerant)", schemas.tolerant_variant(documented.schema))
            )
    return drawn


@settings(
    max_examples=DRAWS_PER_OPERATION,
    deadline=None,
    derandomize=True,
    # No shrinking: on ~300 schemas it can take minutes per failure; the failing draw is printed as found.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(data=st.data())
def _call_with_drawn_values(contract: Contract, operation: Operation, data: st.DataObject) -> None:
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


def _paging_of(vendor: str, name: str) -> dict[str, Any] | None:
    declared = generated_operations(load_contract(vendor).vendor)[name].get("pagination")
    return declared if isinstance(declared, dict) else None


PAGED = [(vendor, name) for vendor, name in OPERATIONS if _paging_of(vendor, name)]


@pytest.mark.parametrize(("vendor", "name"), PAGED, ids=[f"{vendor}.{name}" for vendor, name in PAGED])
def test_paged_lists_are_walked_by_their_declared_position(vendor: str, name: str) -> None:
    """Every list that declares paging is walked through the client: the second request carries the position the
    declaration says (the next-page URL the first page named, its cursor, the next page number or the offset), and
    the walk stops on the page the declaration marks as the last (or on an empty one)."""
    contract = load_contract(vendor)
    operation = contract.operations[name]
    paging = _paging_of(vendor, name)
    assert paging is not None
    documented = next(response for response in success_responses(contract, operation) if response.media_type)
    base = sample_body(documented)
    items = _at(base, paging["items"])
    if not items:
        item_schema = (_schema_at(documented.schema, paging["items"]) or {}).get("items", {})
        items = [schemas.minimal(item_schema)]
    named: list[str] = []

    def page(index: int, request: httpx.Request) -> httpx.Response:
        body = copy.deepcopy(base)
        # A page of one item, then one of two (a server repeating a page is refused by the walk), then none.
        page_items = [[items[0]], [items[0], items[0]], []][min(index, 2)]
        if paging["items"]:
            _put(body, paging["items"], page_items)
        else:
            body = page_items
        if paging.get("has_more") and isinstance(body, dict):
            _put(body, paging["has_more"], index == 0)
        if paging.get("next"):
            last = None if schemas.is_valid(_schema_at(documented.schema, paging["next"]), None) else _ABSENT
            _put(body, paging["next"], _next_position(operation, paging, request) if index == 0 else last)
            if index == 0:
                named.append(str(_at(body, paging["next"])))
        headers = {}
        if paging.get("next_link") and index == 0:
            next_url = _next_position(operation, paging, request)
            named.append(next_url)
            headers["Link"] = f'<{next_url}>; rel="{paging["next_link"]}"'
        response = answer(documented, body)
        response.headers.update(headers)
        return response

    walk = walk_pages_in_process(contract, operation, page, max_pages=5)
    marks_last_page = bool(paging.get("has_more") or paging.get("next") or paging.get("next_link"))
    assert len(walk.requests) == (2 if marks_last_page else 3), f"{operation}: {[str(r.url) for r in walk.requests]}"
    second = walk.requests[1]
    style = paging["style"]
    if style == "url":
        assert str(second.url) == named[0], f"{operation}: asked for {second.url}, the first page named {named[0]}"
    elif style == "cursor":
        assert second.url.params.get(paging["cursor_param"]) == named[0]
    elif style == "page":
        expected = named[0] if named else str(int(paging.get("first_page", 1)) + 1)
        assert second.url.params.get(paging["page_param"]) == expected
    else:
        assert second.url.params.get(paging["offset_param"]) == "1"


def _next_position(operation: Operation, paging: dict[str, Any], request: httpx.Request) -> Any:
    """What a first page names as the next position, by style (a cursor valid for its parameter's schema)."""
    if paging["style"] == "url":
        return str(request.url.copy_add_param("contract_page", "2"))
    if paging["style"] == "page":
        return int(paging.get("first_page", 1)) + 1
    cursor = next(parameter for parameter in operation.parameters if parameter.name == paging["cursor_param"])
    return schemas.sample(cursor.schema)


def _at(body: Any, dotted: str) -> Any:
    for part in filter(None, dotted.split(".")):
        body = body.get(part) if isinstance(body, dict) else None
    return body


_ABSENT = object()


def _put(body: Any, dotted: str, value: Any) -> None:
    """Set (or, for _ABSENT, remove) the field at the dotted wire path, making the objects on the way."""
    *parents, last = dotted.split(".")
    for part in parents:
        body = body.setdefault(part, {})
    if value is _ABSENT:
        body.pop(last, None)
    else:
        body[last] = value


def _schema_at(schema: Any, dotted: str) -> Any:
    """The (inlined) schema of the field at the dotted wire path, looked for through allOf/anyOf/oneOf too."""
    for part in filter(None, dotted.split(".")):
        schema = _property(schema, part)
    return schema


def _property(schema: Any, name: str) -> Any:
    if not isinstance(schema, dict):
        return None
    if name in (schema.get("properties") or {}):
        return schema["properties"][name]
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key) or []:
            found = _property(branch, name)
            if found is not None:
                return found
    return None


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS, ids=IDS)
def test_each_request_accepts_the_media_types_its_operation_documents(vendor: str, name: str) -> None:
    """The Accept header names every media type the operation documents for its responses (successes first, JSON
    preferred where a success can be JSON), or `*/*` when it documents none; the validating transport checks the
    same on every call of this suite."""
    contract = load_contract(vendor)
    operation = contract.operations[name]
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    arguments = calls.call_arguments(contract, operation, calls.wire_request(contract, operation, only_required=True))
    recording = httpx.MockTransport(record)
    # Credentials used as they are: a login on the way would be the only request this transport answers.
    with (
        build_client(
            vendor, base_url=contract.in_process_base_url, transport=recording, static_credentials=True
        ) as client,
        contextlib.suppress(APIError),
    ):  # the answer does not matter: the request does
        operation.module.sync_detailed(client=client, **arguments)
    request = next(request for request in sent if request.extensions.get("talkwire_operation") == name)
    accepted = [item.split(";")[0].strip() for item in request.headers["accept"].split(",")]
    assert set(accepted) == (documented_media_types(contract, operation) or {"*/*"})
    assert len(accepted) == len(set(accepted)), request.headers["accept"]

"""Every example request and response the vendors document, and every example inside our specs, is valid under
our (overlaid) specs, checked as strictly as a vendor's validator would (openapi-core, strict formats).

The vendors' examples come from verbatim copies of their documents (tests/specs/vendor_docs/), mapped to what
they document by tests/specs/documented_examples.yaml (see tests/specs/documented.py), and from Vida's own OpenAPI
document (specs/vida.json). Where an example's JSON is itself broken, the mapping repairs it and says why; an
example that is valid JSON is never changed, so the spec has to accept what the vendor shows.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.spec.model import Spec
from tests.specs import strict
from tests.specs.conftest import REGISTRY, VENDORS, overlaid_spec
from tests.specs.documented import (
    MAPPING,
    DocumentedExample,
    candidates,
    documented_examples,
    vendor_documents,
)

# The request and response examples in Vida's own OpenAPI document (specs/vida.json).
VIDA_DOCUMENTED_EXAMPLES = 17
DOCUMENTED_VENDORS = sorted({documents.vendor for documents in vendor_documents()})


def problems_of(example: DocumentedExample) -> list[str]:
    """What is wrong with one documented example under the vendor's overlaid spec."""
    target = example.target
    try:
        value = example.value()
    except (ValueError, AssertionError) as exc:
        return [f"{example}: not JSON after its repairs: {exc}"]
    found: list[str | None] = []
    if target.kind == "request":
        found += [
            strict.request_body_problems(example.vendor, op, target.media_type, value) for op in target.operations
        ]
    elif target.kind == "response":
        assert target.status is not None
        found += [
            strict.response_problems(example.vendor, op, target.status, target.media_type, value)
            for op in target.operations
        ]
    elif target.kind == "webhook":
        assert target.name is not None
        found.append(strict.webhook_problems(example.vendor, target.name, target.media_type, value))
    else:
        part = value
        for token in filter(None, (target.part or "").split("/")):
            part = part[token]
        found += strict.schema_problems(example.vendor, f"/components/schemas/{target.name}", part)
    return [f"{example}: {problem}" for problem in found if problem]


# --- the vendors' documents ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("documents", vendor_documents(), ids=lambda documents: documents.vendor)
def test_every_place_in_the_vendor_documents_that_holds_json_is_accounted_for(documents: Any) -> None:
    document = documents.examples[0].candidate.document
    mapped = {example.candidate for example in documents.examples} | {
        entry.candidate for entry in documents.not_examples
    }
    unmapped = [
        f"{candidate}: {candidate.text[:60]!r}" for candidate in candidates(document) if candidate not in mapped
    ]
    assert unmapped == [], f"add these to {MAPPING.name} (as examples, or as not_examples with the reason)"


@pytest.mark.parametrize("vendor", DOCUMENTED_VENDORS)
def test_repairs_only_mend_json_that_is_broken(vendor: str) -> None:
    for example in documented_examples(vendor):
        if not example.repairs:
            continue
        with pytest.raises(json.JSONDecodeError):
            json.loads(example.json_text)  # as documented: broken, or the repair would be an edit
        example.value()  # each repair matches (once) and the result parses


@pytest.mark.parametrize("vendor", DOCUMENTED_VENDORS)
def test_every_documented_example_is_valid_under_the_spec(vendor: str) -> None:
    examples = documented_examples(vendor)
    assert examples, f"{vendor}: no documented examples mapped"
    problems = [problem for example in examples for problem in problems_of(example)]
    assert problems == []


def test_form_examples_are_transcribed_from_their_document() -> None:
    # A form is not JSON, so the mapping lists its fields; each must appear in the block as documented.
    forms = [example for vendor in DOCUMENTED_VENDORS for example in documented_examples(vendor) if example.form]
    assert forms
    for example in forms:
        for name, value in example.form.items():
            shown = json.dumps(value, separators=(", ", ": ")) if isinstance(value, dict) else str(value)
            assert f"- {name}: " in example.candidate.text and shown in example.candidate.text, (example, name)


# --- Vida: the examples of the vendor's own OpenAPI document ----------------------------------------------------


def vendor_spec(vendor: str) -> dict[str, Any]:
    path: Path = REGISTRY.vendors[vendor].spec
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_every_example_of_vidas_own_document_is_valid_under_the_overlaid_spec() -> None:
    # Vida's document is the vendor's file byte for byte; its request and response examples are checked against
    # the overlaid spec at the same path, method, status and media type (the overlay names operations, it does not
    # move them).
    operation_ids = {(op.path, op.method): op.node["operationId"] for op in Spec.of(overlaid_spec("vida")).operations}
    examples = [example for example in strict.spec_examples(vendor_spec("vida")) if example.operation is not None]
    assert len(examples) == VIDA_DOCUMENTED_EXAMPLES
    problems = []
    for example in examples:
        assert example.operation is not None
        overlaid = dataclasses.replace(example, operation_id=operation_ids[example.operation])
        problems += [f"{example.pointer}: {problem}" for problem in strict.example_problems("vida", overlaid)]
    assert problems == []


# Vida's own document has examples and defaults that contradict their schemas; overlays/vida/openapi-overlay.yaml
# repairs each (the ten nulls by making the fields nullable, since Vida sends null; the others by fixing the
# example or dropping a placeholder). Pinned here: a new upstream document with other contradictions, or an overlay
# that stops repairing one, fails.
MESSAGES = "/paths/~1api~1v2~1messages~1recent/get/responses/200/content/application~1json/schema/items/properties"
VIDA_CONTRADICTIONS = {
    f"{MESSAGES}/{field}/example"
    for field in (
        "voicemailRecording",
        "diversion",
        "summary",
        "agentOutcome",
        "aiAgentOverride",
        "aiLeadRatingReason",
        "aiLeadRating",
        "aiRewardUsd",
        "aiReward",
        "disposition-notification",
    )
} | {
    "/paths/~1api~1v2~1conversation~1{roomId}~1{uuid}/get/responses/200/content/application~1json/schema/items"
    "/properties/success/example",
    "/paths/~1api~1v2~1deleteOrganization/delete/requestBody/content/application~1json/schema/properties"
    "/targetOrganizationId/example",
    "/paths/~1api~1v2~1agent~1{agentId}~1versions~1{versionId}~1title/put/parameters/1/example",
    "/paths/~1api~1v2~1agent~1{agentId}~1versions~1{versionId}~1restore/post/parameters/1/example",
    "/paths/~1api~1v2~1agent~1{agentId}~1versions~1{versionId}/post/parameters/1/example",
    "/paths/~1api~1v2~1agent~1{agentId}~1versions/get/parameters/1/example",
}
VIDA_BAD_DEFAULTS = {
    "/paths/~1api~1v2~1agent/post/requestBody/content/application~1json/schema/properties/preAnswerRingTime/default",
    "/paths/~1api~1v2~1agent/post/requestBody/content/application~1json/schema/properties/agentS2SEngine/default",
}


def test_the_vida_overlay_repairs_the_sixteen_examples_that_contradict_their_schemas() -> None:
    raw = vendor_spec("vida")
    problems_in_raw = strict.schema_checker(raw)
    contradicting = {
        example.pointer
        for example in strict.spec_examples(raw)
        if example.schema_pointer is not None and problems_in_raw(example.schema_pointer, example.value)
    }
    assert len(VIDA_CONTRADICTIONS) == 16
    assert contradicting == VIDA_CONTRADICTIONS | VIDA_BAD_DEFAULTS
    still_wrong = [
        example.pointer
        for example in strict.spec_examples(overlaid_spec("vida"))
        if example.schema_pointer is not None and strict.schema_problems("vida", example.schema_pointer, example.value)
    ]
    assert still_wrong == []


# --- every example inside our specs ------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_example_inside_the_overlaid_spec_is_valid(vendor: str) -> None:
    examples = list(strict.spec_examples(overlaid_spec(vendor)))
    assert examples, f"{vendor}: the spec has no examples"
    problems = [
        f"{example.pointer}: {problem}" for example in examples for problem in strict.example_problems(vendor, example)
    ]
    assert problems == []

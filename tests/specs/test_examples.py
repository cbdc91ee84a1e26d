"""Every documented example response parses with the generated models, and a few fields read back by value.

The examples are the 2xx `example`/`examples` of each (overlaid) spec: the vendors' own documentation, repaired
where it was not valid JSON. Each is fed to the response parser of the generated endpoint module it belongs to,
so it goes through exactly the model a client call would use.
"""

from __future__ import annotations

import datetime
import importlib
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

from scripts.spec.model import python_name
from tests.specs.conftest import REGISTRY, VENDORS, spec_model

UTC = datetime.UTC


@dataclass(frozen=True)
class Example:
    vendor: str
    operation_id: str
    method: str
    path: str
    status: int
    name: str
    value: Any

    def __str__(self) -> str:
        return f"{self.vendor} {self.operation_id} {self.status} example {self.name!r}"


@cache
def documented_examples(vendor: str) -> tuple[Example, ...]:
    spec = spec_model(vendor)
    found = []
    for op in spec.operations:
        path, method, operation = op.path, op.method, op.node
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, media in (spec.deref(response).get("content") or {}).items():
                if "json" not in media_type:
                    continue
                named = {"example": media["example"]} if "example" in media else {}
                for name, example in (media.get("examples") or {}).items():
                    named[name] = spec.deref(example).get("value")
                for name, value in named.items():
                    found.append(Example(vendor, operation["operationId"], method, path, int(status), name, value))
    return tuple(found)


def endpoint_module(vendor: str, operation_id: str) -> ModuleType:
    tag = spec_model(vendor).operation(operation_id).tag
    return importlib.import_module(
        f"{REGISTRY.vendors[vendor].api_package}.api.{python_name(tag)}.{python_name(operation_id)}"
    )


def parse(example: Example, value: Any = None) -> Any:
    """What the generated client hands back for this example response (or `value` in its place)."""
    module = endpoint_module(example.vendor, example.operation_id)
    client = importlib.import_module(f"{REGISTRY.vendors[example.vendor].api_package}.client").Client(
        base_url="https://vendor.test"
    )
    body = example.value if value is None else value
    response = httpx.Response(
        example.status, json=body, request=httpx.Request(example.method.upper(), f"https://vendor.test{example.path}")
    )
    return module._parse_response(client=client, response=response)


def example(vendor: str, operation_id: str, name: str) -> Example:
    matches = [e for e in documented_examples(vendor) if e.operation_id == operation_id and e.name == name]
    assert len(matches) == 1, f"{vendor}: no single example {name!r} of {operation_id}"
    return matches[0]


def parsed(vendor: str, operation_id: str, name: str) -> Any:
    return parse(example(vendor, operation_id, name))


def to_wire(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    return value


def differences(produced: Any, documented: Any, where: str = "") -> list[str]:
    """Where the model's serialisation differs from the example; timestamps compare by instant, not spelling
    (`Z` comes back as `+00:00`)."""
    if isinstance(produced, dict) and isinstance(documented, dict):
        found = [f"{where}/{key}: dropped" for key in documented if key not in produced]
        found += [f"{where}/{key}: added" for key in produced if key not in documented]
        for key in produced.keys() & documented.keys():
            found += differences(produced[key], documented[key], f"{where}/{key}")
        return found
    if isinstance(produced, list) and isinstance(documented, list) and len(produced) == len(documented):
        return [
            d
            for i, (p, e) in enumerate(zip(produced, documented, strict=True))
            for d in differences(p, e, f"{where}/{i}")
        ]
    if produced == documented or (
        isinstance(produced, str) and isinstance(documented, str) and same_instant(produced, documented)
    ):
        return []
    return [f"{where or '/'}: {documented!r} came back as {produced!r}"]


def same_instant(first: str, second: str) -> bool:
    try:
        return datetime.datetime.fromisoformat(first) == datetime.datetime.fromisoformat(second)
    except ValueError:
        return False


def undeclared_fields(value: Any, where: str = "") -> list[str]:
    """Fields a model that declares its fields had to file under additional_properties: the example and the
    schema disagree on a name. Free-form objects (no declared fields) are allowed to hold anything."""
    if isinstance(value, list):
        return [found for i, item in enumerate(value) for found in undeclared_fields(item, f"{where}/{i}")]
    if not attrs.has(type(value)):
        return []
    fields = [field.name for field in attrs.fields(type(value)) if field.name != "additional_properties"]
    extra = getattr(value, "additional_properties", None) or {}
    found = [f"{where or '/'}: {type(value).__name__} does not declare {sorted(extra)}"] if fields and extra else []
    for name in fields:
        found += undeclared_fields(getattr(value, name), f"{where}/{name}")
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_documented_example_response_parses_without_losing_anything(vendor: str) -> None:
    examples = documented_examples(vendor)
    assert examples, f"{vendor}: the spec documents no example responses"
    problems = []
    for documented in examples:
        try:
            result = parse(documented)
        except Exception as exc:  # report every example, not just the first that fails
            problems.append(f"{documented}: {type(exc).__name__}: {exc}")
            continue
        if result is None:
            problems.append(f"{documented}: parsed to None")
            continue
        problems += [f"{documented}: {found}" for found in differences(to_wire(result), documented.value)]
        problems += [f"{documented}: {found}" for found in undeclared_fields(result)]
    assert problems == []


# --- a few fields by value, per vendor -------------------------------------------------------------------------


def test_vida_partial_success_lists_the_failed_settings() -> None:
    result = parsed("vida", "updateOrganizationSettings", "PartialSuccess")
    assert result.success is True
    assert result.updated_settings == ["vidaPremium"]
    assert result.failed_settings == ["email", "smsEnabled"]


def test_vida_field_suggestions_parse_as_a_list_of_models() -> None:
    result = parsed("vida", "reviewAgentConfiguration", "fieldsModeResponse")
    assert [suggestion.key for suggestion in result] == ["appointmentBookedInstructions", "greeting"]
    assert result[1].prompt_suggestion == "Thank you for calling {orgName}. How can I help you today?"


def test_dstny_conversation_title_date_and_meta() -> None:
    conversation = parsed("dstny", "getConversation", "conversation")
    assert conversation.title == "Discovery call — Acme"
    assert conversation.date == datetime.datetime(2026, 2, 7, 9, 0, tzinfo=UTC)
    assert conversation.duration == 1800
    assert conversation.medium.value == "call"
    assert conversation.field_meta.token_prefix == "mt_ab12cd34"  # `_meta` on the wire


def test_dstny_last_page_of_conversations_says_so() -> None:
    page = parsed("dstny", "listConversations", "lastPage")
    assert page.conversations[0].title == "Discovery call — Acme"
    assert page.pagination.has_more is False


def test_vocelio_envelope_data_of_a_login() -> None:
    envelope = parsed("vocelio", "login", "loggedIn")
    assert envelope.success is True
    assert envelope.data.expires_in == 86400
    assert envelope.data.refresh_token == "refresh_token_here"
    assert envelope.data.user.organization_id == "org_67890"


def test_vocelio_list_envelope_has_data_and_pagination() -> None:
    envelope = parsed("vocelio", "listCalls", "calls")
    assert [call.call_id for call in envelope.data] == ["call_12345"]
    assert envelope.data[0].cost == pytest.approx(0.0662)
    assert envelope.pagination.has_next is True
    assert envelope.pagination.total == 500


def test_diga_call_status_and_times() -> None:
    call = parsed("diga", "getCall", "diga_get_call_page")
    assert call.status.value == "dialing"
    assert call.duration == 123
    assert call.created_date == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)


@pytest.mark.parametrize("legacy", ["failed", "transferred", "no_answer"])
def test_diga_legacy_call_statuses_still_parse_as_known_values(legacy: str) -> None:
    # Calls from before the 2026-07-22 status change still carry the old values (diga-get-call.txt).
    documented = example("diga", "getCall", "diga_get_call_page")
    call = parse(documented, documented.value | {"status": legacy})
    assert call.status.value == legacy
    assert call.status.name == legacy.upper()  # a listed member, not the tolerant reader's UNKNOWN


def test_diga_unknown_future_call_status_is_kept_not_fatal() -> None:
    documented = example("diga", "getCall", "diga_get_call_page")
    call = parse(documented, documented.value | {"status": "voicemail"})
    assert call.status.value == "voicemail"


def test_diio_timestamps_without_a_zone_offset_parse() -> None:
    meeting = parsed("diio", "getMeeting", "analysed")
    assert meeting.scheduled_at == datetime.datetime(2025, 10, 1, 15, 10, 5)
    assert meeting.scheduled_at.tzinfo is None
    assert meeting.created_at == datetime.datetime(2025, 10, 1, 15, 10, 5)
    # The docs' spelling is what goes over the wire, so the model keeps it.
    assert str(meeting.last_trancript_id) == "343f605a-0bde-11f0-a454-06254876e281"


def test_diio_pending_export_has_no_file_yet() -> None:
    pending = parsed("diio", "getExport", "pending")
    finished = parsed("diio", "getExport", "finished")
    assert (pending.status.value, pending.file_url) == ("pending", None)
    assert finished.status.value == "finished"
    assert finished.file_url == "https://example.com/343f605a-0bde-11f0-a454-06254876e271.json"
    assert pending.created_at == datetime.datetime(2025, 1, 1, 1, 1, 1, tzinfo=UTC)

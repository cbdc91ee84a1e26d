"""Where a vendor's documents are silent or disagree with themselves, the spec says only what they say and stays
permissive (docs/spec-conventions.md): a request accepts every value the documents show, an inferred constraint
is not asserted, a parameter is not both required and defaulted. And a zone-less timestamp (diio) is what goes
over the wire, read as a naive datetime.
"""

from __future__ import annotations

import datetime
import inspect
import re
from typing import Any

import pytest

from scripts.spec.model import Spec
from tests.specs import strict
from tests.specs.conftest import VENDORS, overlaid_spec


def parameter_objects(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, parameter) for every parameter of every operation, references followed."""
    found = []
    for entry in Spec.of(document).operations:
        path, method, operation = entry.path, entry.method, entry.node
        item = document["paths"][path]
        for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
            found.append((operation.get("operationId", f"{method} {path}"), strict.resolve(document, parameter)))
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_parameter_is_both_required_and_defaulted(vendor: str) -> None:
    # A default is what the server assumes when the parameter is left out; a required one never is.
    document = overlaid_spec(vendor)
    both = [
        f"{operation_id}: {parameter['name']}"
        for operation_id, parameter in parameter_objects(document)
        if parameter.get("required") and "default" in strict.resolve(document, parameter.get("schema", {}))
    ]
    assert both == []


# --- Vocelio ------------------------------------------------------------------------------------------------------


def test_vocelio_api_version_header_is_optional_and_asserts_no_default() -> None:
    from talkwire_vocelio_api.api.calls import list_calls

    assert strict.request_parameters_problems("vocelio", "listCalls") is None  # without X-API-Version
    assert strict.request_parameters_problems("vocelio", "listCalls", headers={"X-API-Version": "v1"}) is None
    assert inspect.signature(list_calls.sync_detailed).parameters["x_api_version"].default.__class__.__name__ == "Unset"


@pytest.mark.parametrize("value", ["2024-01-15", "2024-01-15T14:00:00Z", "2024-01-15T14:00:00.000+01:00"])
@pytest.mark.parametrize("operation_id", ["listCalls", "getDashboard", "getCallAnalytics"])
def test_vocelio_date_ranges_take_an_iso_date_or_date_time(operation_id: str, value: str) -> None:
    # "ISO date string" (and "Start date"/"End date"), no example: both readings are accepted.
    problems = strict.request_parameters_problems("vocelio", operation_id, query={"date_from": value, "date_to": value})
    assert problems is None


def test_vocelio_date_ranges_still_refuse_what_is_no_iso_date() -> None:
    problems = strict.request_parameters_problems("vocelio", "listCalls", query={"date_from": "15/01/2024"})
    assert problems is not None and "date_from" in problems


def test_vocelio_date_range_arguments_take_dates_and_datetimes() -> None:
    from talkwire_vocelio_api.api.calls import list_calls

    since = datetime.datetime(2024, 1, 15, 14, 0, tzinfo=datetime.UTC)
    sent = list_calls._get_kwargs(date_from=datetime.date(2024, 1, 15), date_to=since)["params"]
    assert (sent["date_from"], sent["date_to"]) == ("2024-01-15", "2024-01-15T14:00:00+00:00")


def test_vocelio_analysis_types_is_an_open_enum() -> None:
    from talkwire_vocelio_api.models.analysis_type import AnalysisType
    from talkwire_vocelio_api.models.analyze_conversation_request import AnalyzeConversationRequest

    body = {"call_id": "call_12345", "transcript": "...", "analysis_types": ["sentiment", "emotion"]}
    assert strict.request_body_problems("vocelio", "analyzeConversation", "application/json", body) is None
    request = AnalyzeConversationRequest(
        call_id="call_12345", transcript="...", analysis_types=[AnalysisType.SENTIMENT, "emotion"]
    )
    assert request.to_dict()["analysis_types"] == ["sentiment", "emotion"]


@pytest.mark.parametrize("event", ["campaign.finished", "campaign.completed"])
def test_vocelio_subscriptions_accept_both_spellings_the_documents_show(event: str) -> None:
    from talkwire_vocelio_api.models.webhook_event_type import WebhookEventType

    body = {"url": "https://yourapp.com/webhooks/vocelio", "events": [event]}
    assert strict.request_body_problems("vocelio", "createWebhook", "application/json", body) is None
    assert WebhookEventType(event).name != "UNKNOWN"  # a listed member, not the tolerant reader's catch-all


def test_vocelio_paging_parameters_assert_no_default_from_the_example_url() -> None:
    from talkwire_vocelio_api.api.calls import list_calls

    parameters = overlaid_spec("vocelio")["components"]["parameters"]
    assert "default" not in parameters["Page"]["schema"] and "default" not in parameters["Limit"]["schema"]
    sent = list_calls._get_kwargs()["params"]
    assert "page" not in sent and "limit" not in sent  # the server's own defaults apply


# --- dstny --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"meeting_title": "Customer sync", "meeting_platform": "google_meet"},  # the docs' sample
        {"meeting_url": "https://meet.google.com/abc-defg-hij"},  # what the docs' parameter list requires
    ],
)
def test_dstny_notetaker_request_takes_both_forms_its_documents_show(body: dict[str, Any]) -> None:
    assert strict.request_body_problems("dstny", "requestNotetaker", "application/json", body) is None


# --- diio: zone-less timestamps -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2025-10-01T15:10:05Z", "2025-10-01T15:10:05+00:00", "2025-10-01", "yesterday"])
def test_diio_timestamps_are_exactly_what_goes_over_the_wire(value: str) -> None:
    # Zone-less, as diio sends them: a value with an offset is not what the spec describes.
    meeting = {"id": "343f605a-0bde-11f0-a454-06254876e271", "name": "Meeting with John"}
    valid = {**meeting, "created_at": "2025-10-01T15:10:05", "updated_at": "2025-10-01T15:10:05.250"}
    assert strict.response_problems("diio", "getMeeting", 200, "application/json", valid) is None
    problems = strict.response_problems("diio", "getMeeting", 200, "application/json", {**valid, "created_at": value})
    assert problems is not None and "created_at" in problems


def test_diio_phone_call_is_sent_with_its_zone_less_occurred_at() -> None:
    from talkwire_diio_api.models.create_phone_call_request import CreatePhoneCallRequest

    documented = {
        "name": "Call with John",
        "media_url": "https://example.com/location-of-phone-call.mp3",
        "duration": 600,
        "user_id": "c2d83840-fb6d-11ef-b70f-06254876e271",
        "call_from_number": "+130512341234",
        "customer_name": "John Doe",
        "customer_email": "john@doe.com",
        "customer_phone": "+130543214321",
        "occurred_at": "2025-10-01T15:10:05",
    }
    request = CreatePhoneCallRequest.from_dict(documented)
    assert request.occurred_at == datetime.datetime(2025, 10, 1, 15, 10, 5)
    assert request.to_dict() == documented
    assert strict.request_body_problems("diio", "createPhoneCall", "application/json", request.to_dict()) is None


def test_diio_nullable_timestamp_keeps_null_and_refuses_a_number() -> None:
    from talkwire_diio_api.models.meeting import Meeting

    meeting = {
        "id": "343f605a-0bde-11f0-a454-06254876e271",
        "name": "Meeting with John",
        "created_at": "2025-10-01T15:10:05",
        "updated_at": "2025-10-01T15:10:05",
    }
    assert Meeting.from_dict({**meeting, "scheduled_at": None}).scheduled_at is None
    assert Meeting.from_dict({**meeting, "scheduled_at": None}).to_dict()["scheduled_at"] is None
    with pytest.raises(ValueError, match=re.escape("1759331405 is not a valid None | datetime.datetime")):
        Meeting.from_dict({**meeting, "scheduled_at": 1759331405})

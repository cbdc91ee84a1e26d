"""What our openapi-python-client templates change in the generated request code, checked on the committed output.

Each case is a bug of the stock templates that the contract tests found: it would reach a vendor as a malformed
request.
"""

from __future__ import annotations

from io import BytesIO

import httpx
import pytest
from talkwire_diga_api.models.create_verification_request import CreateVerificationRequest
from talkwire_vida_api.api.agents import get_agent
from talkwire_vida_api.models.create_tasks_from_csv_body import CreateTasksFromCsvBody
from talkwire_vida_api.types import File


def test_multipart_booleans_are_sent_as_json_booleans() -> None:
    parts = dict(CreateTasksFromCsvBody(csv=File(BytesIO(b"a\n1\n"), "t.csv"), dry_run=True).to_multipart())
    assert parts["dryRun"] == (None, b"true", "text/plain")
    parts = dict(CreateTasksFromCsvBody(csv=File(BytesIO(b"a\n1\n"), "t.csv"), dry_run=False).to_multipart())
    assert parts["dryRun"] == (None, b"false", "text/plain")


def test_a_null_multipart_field_is_left_out_rather_than_sent_as_the_text_none() -> None:
    document = File(BytesIO(b"%PDF-1.7"), "signed.pdf", "application/pdf")
    names = [
        name for name, _ in CreateVerificationRequest(signed_document=document, notification_email=None).to_multipart()
    ]
    assert names == ["signed_document"]
    with_email = CreateVerificationRequest(signed_document=document, notification_email="ops@acme.test")
    assert dict(with_email.to_multipart())["notification_email"] == (None, b"ops@acme.test", "text/plain")


@pytest.mark.parametrize("agent_id", ["..", ".", "a.b", "x/../y"])
def test_path_parameters_cannot_become_dot_segments(agent_id: str) -> None:
    url = get_agent._get_kwargs(agent_id=agent_id)["url"]
    with httpx.Client(base_url="https://api.vida.test") as client:
        request = client.build_request("GET", url)
    segments = request.url.raw_path.decode().split("/")
    # The parameter stays one encoded path segment, whatever dots or slashes it holds.
    assert len(segments) == url.count("/") + 1
    assert ".." not in segments and "." not in segments
    assert httpx.URL(request.url).path.endswith(agent_id)


def test_multipart_requests_carry_a_random_boundary() -> None:
    from talkwire_vida_api.api.tasks import create_tasks_from_csv

    kwargs = create_tasks_from_csv._get_kwargs(body=CreateTasksFromCsvBody(csv=File(BytesIO(b"a\n"), "t.csv")))
    request = httpx.Request("POST", "https://api.vida.test/x", files=kwargs["files"], headers=kwargs["headers"])
    assert "boundary=+++" not in request.headers["content-type"]


def test_a_malformed_value_in_a_nullable_field_raises_instead_of_passing_as_a_string() -> None:
    from talkwire_core import ResponseValidationError
    from talkwire_diio import DiioClient
    from talkwire_diio_api.api.meetings import get_meeting

    meeting = {
        "id": "343f605a-0bde-11f0-a454-06254876e271",
        "name": "Meeting with John",
        "created_at": "2025-10-01T15:10:05",
        "updated_at": "2025-10-01T15:10:05",
        "error_cause": None,
    }
    answers = {"good": {**meeting, "scheduled_at": None}, "bad": {**meeting, "scheduled_at": "next tuesday"}}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers[request.headers["x-case"]])

    def client(case: str) -> DiioClient:
        return DiioClient(
            client_id="id",
            client_secret="secret",
            refresh_token="refresh",
            access_token="opaque-token",
            base_url="https://acme.diio.test",
            transport=httpx.MockTransport(answer),
            httpx_args={"headers": {"x-case": case}},
        )

    assert get_meeting.sync(client=client("good"), id=meeting["id"]).scheduled_at is None
    with pytest.raises(ResponseValidationError) as raised:
        get_meeting.sync(client=client("bad"), id=meeting["id"])
    assert "get_meeting" in str(raised.value) and "next tuesday" in str(raised.value)

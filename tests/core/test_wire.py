"""talkwire_core.wire: what generated operations call to put a body on the wire and to read one."""

from __future__ import annotations

import asyncio
from io import BytesIO

import httpx
import pytest
from talkwire_core import BasicAuth
from talkwire_core._redact import redact
from talkwire_core.wire import form_fields, response_media_type, upload_content


def test_form_fields_carry_what_a_form_can() -> None:
    fields = form_fields(
        {
            "To": "+15550100",
            "Record": True,
            "Muted": False,
            "Timeout": 30,
            "Tags": ["sales", "emea"],
            "Channel": {"media_properties": {"media_url": "https://a.test/x.wav"}},
            "Participants": [{"role": "agent"}],
            "Note": None,
        }
    )
    assert fields == {
        "To": "+15550100",
        "Record": "true",
        "Muted": "false",
        "Timeout": "30",
        "Tags": ["sales", "emea"],
        "Channel": '{"media_properties":{"media_url":"https://a.test/x.wav"}}',
        "Participants": '[{"role":"agent"}]',
    }
    request = httpx.Request("POST", "https://a.test/", data=fields)
    assert b"Tags=sales&Tags=emea" in request.read()
    assert b"None" not in request.read() and b"True" not in request.read()


def answer(content_type: str | None) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": content_type} if content_type else {}, content=b"x")


@pytest.mark.parametrize(
    ("content_type", "documented", "expected"),
    [
        ("text/csv; charset=utf-8", ("application/json", "text/csv"), "text/csv"),
        ("Application/JSON", ("application/json", "text/csv"), "application/json"),
        ("audio/mpeg", ("application/json", "audio/*"), "audio/*"),
        ("image/png", ("application/json", "*/*"), "*/*"),
        ("text/plain", ("application/json", "text/csv"), "application/json"),
        (None, ("text/csv", "application/json"), "text/csv"),
    ],
)
def test_a_response_is_read_as_the_documented_media_type_it_names(
    content_type: str | None, documented: tuple[str, ...], expected: str
) -> None:
    assert response_media_type(answer(content_type), documented) == expected


def test_upload_content_reads_a_file_once_and_passes_bytes_through() -> None:
    assert upload_content(b"RIFF") == b"RIFF"
    assert upload_content(BytesIO(b"RIFF....WAVE")) == b"RIFF....WAVE"


def test_an_uploaded_file_goes_through_the_async_client() -> None:
    """httpx refuses a sync file as the content of an async request; the bytes upload_content reads it into go."""
    received: list[bytes] = []

    async def send(content: object) -> None:
        async def handler(request: httpx.Request) -> httpx.Response:
            received.append(await request.aread())
            return httpx.Response(201)

        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            await client.put("https://a.test/recordings/1", content=content)  # type: ignore[arg-type]

    with pytest.raises(RuntimeError, match="sync"):
        asyncio.run(send(BytesIO(b"RIFF")))
    asyncio.run(send(upload_content(BytesIO(b"RIFF"))))
    assert received == [b"RIFF"]


def test_basic_auth_sends_rfc_7617_credentials_and_masks_them() -> None:
    auth = BasicAuth("AC0123456789", "the-auth-token-value", vendor="Twilio")
    request = next(auth.auth_flow(httpx.Request("GET", "https://a.test/")))
    header = request.headers["Authorization"]
    assert header == "Basic QUMwMTIzNDU2Nzg5OnRoZS1hdXRoLXRva2VuLXZhbHVl"
    assert "the-auth-token-value" not in repr(auth) and auth.username == "AC0123456789"
    assert "the-auth-token-value" not in redact("token the-auth-token-value")
    assert header.split()[1] not in redact(f"Authorization: {header}")


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("", "token", "username for Twilio is required"),
        ("AC1", " ", "password for Twilio is required"),
        ("AC1", "token\n", "control character"),
        ("AC:1", "token", "':'"),
    ],
)
def test_basic_credentials_that_cannot_travel_are_refused(username: str, password: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BasicAuth(username, password, vendor="Twilio")

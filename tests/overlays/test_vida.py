"""talkwire-vida: the token rides in the query string where the spec says, and never surfaces anywhere else."""

from __future__ import annotations

import logging

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from talkwire_core import (
    APIError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    Vendor,
)
from talkwire_vida import VIDA, AsyncVidaClient, VidaClient
from talkwire_vida_api.api.authorization import list_tokens
from talkwire_vida_api.api.messaging import list_priority_inbox

from tests.support.servers import serve

CANARY = "vida-canary-token-9c1e77"


def fake_vida(request: Request) -> Response:
    """Answers by the `scenario` path segment; echoes the token back in bodies to prove errors mask it."""
    scenario = request.path_params["scenario"]
    token = request.query_params.get("token", "")
    if scenario == "ok":
        return JSONResponse({"success": True, "tokens": [{"token": "abcdef", "description": "main"}], "seen": token})
    if scenario == "401":
        return JSONResponse({"success": False, "message": f"invalid token {token}"}, status_code=401)
    if scenario == "404":
        return JSONResponse({"success": False, "message": "no such thing"}, status_code=404)
    if scenario == "500":
        return JSONResponse({"error": f"boom for {token}"}, status_code=500)
    if scenario == "html":
        return HTMLResponse(f"<html><body>502 Bad Gateway {token}</body></html>", status_code=502)
    if scenario == "slow":
        import time

        time.sleep(1.0)
        return JSONResponse({})
    return JSONResponse({"unknown": scenario}, status_code=400)


app = Starlette(routes=[Route("/{scenario}/api/v2/tokens", fake_vida)])


@pytest.fixture(scope="module")
def vida_server() -> str:
    with serve(app) as url:
        yield url


def client_for(base_url: str, scenario: str, **options: object) -> VidaClient:
    return VidaClient(CANARY, base_url=f"{base_url}/{scenario}", retry=RetryPolicy(max_retries=0), **options)  # type: ignore[arg-type]


def test_the_token_goes_in_the_query_string(vida_server: str) -> None:
    with client_for(vida_server, "ok") as vida:
        response = list_tokens.sync_detailed(client=vida)
    assert response.parsed.tokens[0].description == "main"
    assert b'"seen":"' + CANARY.encode() + b'"' in response.content


def test_the_token_goes_exactly_where_the_spec_says() -> None:
    from talkwire_vida_api._operations import OPERATIONS
    from talkwire_vida_api.types import UNSET

    seen: list[httpx.URL] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"success": True, "tokens": []})

    vida = VidaClient(CANARY, transport=httpx.MockTransport(record))
    list_tokens.sync(client=vida)
    assert seen[-1].params["token"] == CANARY
    vida.get_httpx_client().get("/api/v2/anything")  # a request built by hand gets it too
    assert seen[-1].params["token"] == CANARY
    # An operation whose spec security is empty gets no token: talkwire-core reads that from the declared table.
    public = {**OPERATIONS, "list_tokens": {**OPERATIONS["list_tokens"], "security": []}}

    class VidaWithPublicTokens(VidaClient):
        vendor = Vendor(name="Vida", distribution="talkwire-vida", operations=public, unset=UNSET, server=VIDA.server)

    list_tokens.sync(client=VidaWithPublicTokens(CANARY, transport=httpx.MockTransport(record)))
    assert "token" not in seen[-1].params


def test_every_vida_operation_declares_the_token() -> None:
    from talkwire_vida_api._operations import OPERATIONS

    assert len(OPERATIONS) == 97
    assert all(operation["security"] == ["apiKeyAuth"] for operation in OPERATIONS.values())
    assert VIDA.public_operations == frozenset()


@pytest.mark.parametrize(
    ("scenario", "error_class"),
    [("401", AuthenticationError), ("404", NotFoundError), ("500", ServerError), ("html", ServerError)],
)
def test_errors_are_typed_and_never_show_the_token(
    vida_server: str, scenario: str, error_class: type[APIError], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), client_for(vida_server, scenario) as vida, pytest.raises(error_class) as info:
        list_tokens.sync(client=vida)
    error = info.value
    assert error.status_code in (401, 404, 500, 502)
    assert "/api/v2/tokens" in error.url
    surfaces = [str(error), repr(error), error.url, error.body_excerpt, str(error.vendor_message), repr(vida)]
    surfaces += [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    for text in surfaces:
        assert CANARY not in text


def test_timeouts_are_typed_and_never_show_the_token(vida_server: str, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.DEBUG),
        client_for(vida_server, "slow", timeout=0.2) as vida,
        pytest.raises(APITimeoutError) as info,
    ):
        list_tokens.sync(client=vida)
    assert CANARY not in str(info.value)
    assert CANARY not in repr(info.value)
    assert all(CANARY not in record.getMessage() for record in caplog.records)


def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("talkwire_core._retry.time.sleep", waits.append)
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json={"success": True, "tokens": []})]
    )
    vida = VidaClient(CANARY, transport=httpx.MockTransport(lambda request: next(answers)))
    assert list_tokens.sync(client=vida).success is True
    assert waits == [2.0]


def test_a_body_that_does_not_fit_raises_response_validation_error() -> None:
    vida = VidaClient(CANARY, transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"rooms": 3})))
    with pytest.raises(ResponseValidationError) as info:
        list_priority_inbox.sync(client=vida, pagination=True)
    assert info.value.operation == "list_priority_inbox"
    assert "list_priority_inbox (GET /api/v2/conversations)" in str(info.value)
    assert CANARY not in str(info.value)


def test_truncated_json_raises_response_validation_error() -> None:
    vida = VidaClient(CANARY, transport=httpx.MockTransport(lambda request: httpx.Response(200, content=b'{"succ')))
    with pytest.raises(ResponseValidationError, match="not valid JSON"):
        list_tokens.sync(client=vida)


def test_unknown_enum_values_are_kept() -> None:
    from talkwire_vida_api.models.list_conversation_logs_format import ListConversationLogsFormat

    value = ListConversationLogsFormat("parquet")
    assert value == "parquet"
    assert str(value) == "parquet"
    assert ListConversationLogsFormat("json") is ListConversationLogsFormat.JSON


async def test_async_client_sends_the_token_and_closes(vida_server: str) -> None:
    async with AsyncVidaClient(CANARY, base_url=f"{vida_server}/ok") as vida:
        tokens = await list_tokens.asyncio(client=vida)
    assert tokens.success is True
    assert vida.get_async_httpx_client().is_closed


CONVERSATION_LOGS_CSV = "id,timestamp,eventType\nlog_001,2025-09-30T12:34:56.789Z,message.created\n"


def conversation_logs(request: Request) -> Response:
    """Vida's /api/v2/logs: a JSON envelope, or (format=csv) the CSV export it documents as text/csv."""
    if request.query_params.get("format") == "csv":
        return Response(CONVERSATION_LOGS_CSV, media_type="text/csv; charset=utf-8")
    return JSONResponse({"success": True, "logs": [{"id": "log_001"}], "pagination": {"hasMore": False}})


def test_list_conversation_logs_with_format_csv_returns_the_csv_text() -> None:
    from talkwire_vida_api.api.logs import list_conversation_logs
    from talkwire_vida_api.models.list_conversation_logs_format import ListConversationLogsFormat

    seen: list[str] = []

    def recording(request: Request) -> Response:
        seen.append(request.headers["accept"])
        return conversation_logs(request)

    with serve(Starlette(routes=[Route("/api/v2/logs", recording)])) as url, VidaClient(CANARY, base_url=url) as vida:
        exported = list_conversation_logs.sync(client=vida, format_=ListConversationLogsFormat.CSV)
        enveloped = list_conversation_logs.sync(client=vida)
    assert exported == CONVERSATION_LOGS_CSV
    assert not isinstance(enveloped, str) and enveloped.logs[0]["id"] == "log_001"
    assert seen == ["application/json, text/csv;q=0.9"] * 2

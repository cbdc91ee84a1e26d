"""Every non-2xx response becomes the typed error for its status, with the vendor's code and message."""

from __future__ import annotations

import pickle

import httpx
import pytest
from talkwire_core import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from talkwire_core.errors import error_from_response

from tests.support.clients import core_client


def client_answering(response: httpx.Response) -> httpx.Client:
    return core_client(
        transport=httpx.MockTransport(lambda request: response),
        retry=RetryPolicy(max_retries=0),
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIError),
        (422, BadRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_picks_the_error_class(status: int, error_class: type[APIError]) -> None:
    with (
        client_answering(httpx.Response(status, json={"message": "nope"})) as client,
        pytest.raises(error_class) as info,
    ):
        client.get("/things/1")
    error = info.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == "https://vendor.test/things/1"
    assert error.vendor_message == "nope"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"success": False, "error": {"code": "AUTH_002", "message": "Token expired"}}, "AUTH_002", "Token expired"),
        ({"status": 404, "error_code": "call_not_found", "message": "No call"}, "call_not_found", "No call"),
        ({"statusCode": 429, "message": "Too many", "retryAfter": 3}, "429", "Too many"),
        ({"error": "invalid_grant"}, None, "invalid_grant"),
        ({"detail": "Not authenticated"}, None, "Not authenticated"),
    ],
)
def test_vendor_error_shapes(body: dict, code: str | None, message: str) -> None:
    with client_answering(httpx.Response(400, json=body)) as client, pytest.raises(APIError) as info:
        client.get("/x")
    assert info.value.vendor_code == code
    assert info.value.vendor_message == message
    assert message in str(info.value)


def test_fastapi_validation_errors_become_field_errors() -> None:
    body = {
        "detail": [
            {"loc": ["body", "agent", "name"], "msg": "field required", "type": "missing"},
            {"loc": ["query", "limit"], "msg": "ensure this value is less than 100", "type": "less_than"},
        ]
    }
    with client_answering(httpx.Response(422, json=body)) as client, pytest.raises(BadRequestError) as info:
        client.post("/agents", json={})
    errors = info.value.field_errors
    assert [error.location for error in errors] == [("body", "agent", "name"), ("query", "limit")]
    assert errors[0].message == "field required"
    assert "body.agent.name: field required" in str(info.value)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(
            502, text="<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"content-type": "text/html"}
        ),
        httpx.Response(500, content=b""),
        httpx.Response(500, content=b'{"message": "trunc', headers={"content-type": "application/json"}),
    ],
    ids=["html", "empty", "truncated-json"],
)
def test_unparseable_bodies_still_give_typed_errors(response: httpx.Response) -> None:
    with client_answering(response) as client, pytest.raises(ServerError) as info:
        client.get("/x")
    assert info.value.vendor_code is None
    assert len(info.value.body_excerpt) <= 303


def test_request_id_and_rate_limit_headers_are_kept() -> None:
    response = httpx.Response(
        429,
        json={"message": "slow down"},
        headers={
            "X-Request-Id": "req-123",
            "X-RateLimit-Limit": "60",
            "X-RateLimit-Remaining": "0",
            "Retry-After": "7",
        },
    )
    with client_answering(response) as client, pytest.raises(RateLimitError) as info:
        client.get("/x")
    error = info.value
    assert error.request_id == "req-123"
    assert error.rate_limit == {"x-ratelimit-limit": "60", "x-ratelimit-remaining": "0"}
    assert error.retry_after == 7.0
    assert "req-123" in str(error)


def test_retry_after_from_a_json_body() -> None:
    response = httpx.Response(
        429,
        json={"statusCode": 429, "message": "rate limited", "retryAfter": 12},
        request=httpx.Request("GET", "https://v.test/x"),
    )
    error = error_from_response(response)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


def test_errors_pickle_without_the_response() -> None:
    with (
        client_answering(httpx.Response(404, json={"message": "gone"})) as client,
        pytest.raises(NotFoundError) as info,
    ):
        client.get("/x")
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is NotFoundError
    assert copy.response is None
    assert str(copy) == str(info.value)


def test_success_passes_through() -> None:
    with client_answering(httpx.Response(200, json={"ok": True})) as client:
        assert client.get("/x").json() == {"ok": True}


def test_connection_failures_are_typed() -> None:
    from talkwire_core import APIConnectionError, APITimeoutError

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    for handler, error_class in ((refuse, APIConnectionError), (slow, APITimeoutError)):
        client = core_client(
            transport=httpx.MockTransport(handler),
            retry=RetryPolicy(max_retries=0),
        )
        with client, pytest.raises(error_class) as info:
            client.get("/x")
        assert info.value.method == "GET"
        assert "vendor.test/x" in str(info.value)

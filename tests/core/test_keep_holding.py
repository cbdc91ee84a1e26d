"""What the adversarial pass of issue 12 found holding, kept holding: no secret in the reprs of clients, auth flows
and tokens; POST and PATCH never repeated once they may have reached the server; a server's requested wait capped
whatever it says; path and query parameters encoded so that no value changes the request's path or query.

(The rest of that list has its tests elsewhere: DEBUG logs and ordinary errors in tests/clients/test_canary_matrix.py,
webhook tampering, wrong secrets, staleness, header case and a 50 MB body in tests/overlays/test_webhook_vectors.py
and tests/core/test_webhook_input.py, a killed generator in tests/pipeline/test_interrupted_generation.py, the
index refusing changed content in tests/release/test_build_publish.py.)
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from talkwire_core import APIError, RetryPolicy, Token
from talkwire_diga import DigaClient
from talkwire_diio import DiioClient
from talkwire_dstny import DstnyClient
from talkwire_vida import VidaClient
from talkwire_vocelio import VocelioClient

from tests.support.clients import core_client
from tests.support.servers import serve

# --- reprs --------------------------------------------------------------------------------------------------------


def test_no_repr_of_a_client_its_auth_or_a_token_shows_a_credential() -> None:
    canary = secrets.token_urlsafe(24)
    clients = [
        DiioClient(client_id="id", client_secret=canary, refresh_token=canary + "r", access_token=canary + "a",
                   subdomain="acme"),
        VocelioClient(email="ops@example.com", password=canary),
        VocelioClient(token=canary),
        DigaClient(canary),
        DstnyClient(canary, host="ci.example.com"),
        VidaClient(canary),
    ]  # fmt: skip
    for client in clients:
        for text in (repr(client), str(client), repr(client.auth_flow), repr(client._assembly)):
            assert canary[:8] not in text, text
    assert canary[:8] not in repr(Token(canary, 1.0, canary)) + str(Token(canary))


# --- POST and PATCH are never repeated once they may have reached the server -------------------------------------


class Script:
    def __init__(self, first: httpx.Response | Exception) -> None:
        self.first = first
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) == 1:
            if isinstance(self.first, Exception):
                raise self.first
            return self.first
        return httpx.Response(200, json={})


def _outcomes() -> list[httpx.Response | Exception]:
    request = httpx.Request("POST", "https://vendor.test/x")
    return [
        *(httpx.Response(status, json={}) for status in (500, 502, 503, 504)),
        httpx.ReadTimeout("the answer did not come", request=request),
        httpx.WriteTimeout("the body did not go", request=request),
        httpx.RemoteProtocolError("the server closed the connection", request=request),
        httpx.ReadError("reset by peer", request=request),
    ]


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    "first", _outcomes(), ids=lambda outcome: getattr(outcome, "status_code", type(outcome).__name__)
)
def test_post_and_patch_are_never_repeated_once_they_may_have_reached_the_server(
    method: str, first: httpx.Response | Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("talkwire_core._retry.time.sleep", lambda seconds: None)
    script = Script(first)
    client = core_client(transport=httpx.MockTransport(script), retry=RetryPolicy(max_retries=3))
    with pytest.raises(Exception):  # noqa: B017 (the typed error of each outcome; the count is the point)
        client.request(method, "/x", json={"amount": 1})
    assert len(script.requests) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_are_retried_when_they_never_left(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("talkwire_core._retry.time.sleep", lambda seconds: None)
    script = Script(httpx.ConnectError("refused", request=httpx.Request(method, "https://vendor.test/x")))
    client = core_client(transport=httpx.MockTransport(script), retry=RetryPolicy(max_retries=3))
    assert client.request(method, "/x", json={}).status_code == 200
    assert len(script.requests) == 2


# --- a requested wait is capped, whatever the server says --------------------------------------------------------


@pytest.mark.parametrize(
    "retry_after",
    ["100000", "Thu, 01 Jan 2099 00:00:00 GMT", "inf", "Infinity", "1e999", "nan", "-5", "-inf", "garbage", ""],
)
def test_retry_after_is_capped_whatever_it_says(retry_after: str, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("talkwire_core._retry.time.sleep", waits.append)
    answers = iter([httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200)])
    client = core_client(
        transport=httpx.MockTransport(lambda request: next(answers)),
        retry=RetryPolicy(max_retries=1, backoff_factor=0.5, max_wait=10.0),
    )
    assert client.get("/x").status_code == 200
    assert len(waits) == 1 and math.isfinite(waits[0]) and 0.0 <= waits[0] <= 10.0


# --- path and query parameters ---------------------------------------------------------------------------------

AWKWARD = ["a/b", "..", ".", "%2F", "a%2Fb", "a?b=c", "a#b", "a\r\nX-Injected: 1", "a b", "ü/../x"]


async def echo_path_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers 404 with the path and query as the server decoded them (a plain ASGI app: a router would refuse a
    line break in a path before it could be looked at)."""
    if scope["type"] != "http":
        return
    query = dict(parse_qsl(scope["query_string"].decode(), keep_blank_values=True))
    body = json.dumps({"error": {"code": "ECHO", "message": "echo"}, "path": scope["path"], "query": query})
    await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body.encode()})


@pytest.fixture(scope="module")
def echo_path() -> Iterator[str]:
    with serve(echo_path_app) as url:
        yield url


@pytest.mark.parametrize("value", AWKWARD)
def test_a_path_parameter_stays_one_segment_of_its_path(echo_path: str, value: str) -> None:
    from talkwire_vocelio_api.api.calls import get_call

    client = VocelioClient(token="vocelio-token-path-1", base_url=echo_path, retry=RetryPolicy(max_retries=0))
    with pytest.raises(APIError) as answered:
        get_call.sync(value, client=client)
    arrived = answered.value.response.json()
    assert arrived["path"] == f"/api/calls/{value}"  # the whole value, decoded, under /api/calls/ and nowhere else
    assert arrived["query"] == {}
    assert "/" not in answered.value.request.url.raw_path.decode().removeprefix("/api/calls/")


@pytest.mark.parametrize("value", AWKWARD)
def test_a_query_parameter_stays_one_value_of_its_query(echo_path: str, value: str) -> None:
    from talkwire_vocelio_api.api.calls import list_calls

    client = VocelioClient(token="vocelio-token-path-1", base_url=echo_path, retry=RetryPolicy(max_retries=0))
    with pytest.raises(APIError) as answered:
        list_calls.sync(client=client, campaign_id=value)
    arrived = answered.value.response.json()
    assert arrived["path"] == "/api/calls" and arrived["query"] == {"campaign_id": value}

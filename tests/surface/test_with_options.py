"""Per-call options: ``client.with_options(...)`` is a cheap view of the client (its pools, credentials and token
renewal shared) whose calls get other timeouts, retries, a deadline, extra headers and query parameters, over real
loopback servers; options it cannot honour are refused when the view is made, naming the option and never quoting a
header's value."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from talkwire_core import APITimeoutError, ClientOptionError, RetryPolicy, ServerError
from talkwire_dstny import DstnyClient
from talkwire_dstny_api.api.teams import list_teams
from talkwire_vocelio import VocelioClient

from tests.contract.operations import load_contract
from tests.contract.responses import sample_body, success_responses
from tests.support.servers import serve


def documented_teams() -> bytes:
    """The spec's example answer of Dstny's list_teams."""
    contract = load_contract("dstny")
    return json.dumps(sample_body(success_responses(contract, contract.operations["list_teams"])[0])).encode()


TEAMS = documented_teams()


@dataclass
class Answered:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    client_port: int


@dataclass
class TeamsApp:
    """Answers ``GET .../rest/teams`` with one team; ``?delay=<s>`` waits first; ``?fail=<n>&key=<k>`` answers 503 to
    the first n requests of key k."""

    seen: list[Answered] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        query = parse_qs(scope["query_string"].decode())
        headers = {name.decode().lower(): value.decode() for name, value in scope["headers"]}
        with self.lock:
            self.seen.append(Answered(scope["path"], query, headers, scope["client"][1]))
            key = query.get("key", [""])[0]
            self.failures[key] = self.failures.get(key, 0) + 1
            failing = self.failures[key] <= int(query.get("fail", ["0"])[0])
        await asyncio.sleep(float(query.get("delay", ["0"])[0]))
        status, body = (503, b'{"message": "busy"}') if failing else (200, TEAMS)
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, TeamsApp]]:
    app = TeamsApp()
    with serve(app) as url:
        yield f"{url}/api/v1", app


@pytest.fixture
def dstny(server: tuple[str, TeamsApp]) -> Iterator[DstnyClient]:
    with DstnyClient("mt_with_options_token", base_url=server[0], retry=RetryPolicy(max_retries=0)) as client:
        yield client


def test_a_views_headers_and_query_reach_the_server_and_the_clients_do_not(
    dstny: DstnyClient, server: tuple[str, TeamsApp]
) -> None:
    _, app = server
    view = dstny.with_options(headers={"Idempotency-Key": "key-1", "X-Trace": "t-9"}, query={"tenant": "acme"})
    assert view.teams.list().teams
    sent = app.seen[-1]
    assert sent.headers["idempotency-key"] == "key-1" and sent.headers["x-trace"] == "t-9"
    assert sent.query["tenant"] == ["acme"]
    assert sent.headers["authorization"] == "Bearer mt_with_options_token"  # the client's credentials, shared
    dstny.teams.list()
    assert "idempotency-key" not in app.seen[-1].headers and "tenant" not in app.seen[-1].query
    # A view of a view adds up; the later value wins.
    view.with_options(headers={"X-Trace": "t-10"}, query={"region": ["eu", "us"]}).teams.list()
    sent = app.seen[-1]
    assert (sent.headers["idempotency-key"], sent.headers["x-trace"]) == ("key-1", "t-10")
    assert sent.query["tenant"] == ["acme"] and sent.query["region"] == ["eu", "us"]


def test_a_user_agent_of_a_view_goes_in_front_of_the_clients(dstny: DstnyClient, server: tuple[str, TeamsApp]) -> None:
    dstny.with_options(headers={"User-Agent": "nightly-sync/1.0"}).teams.list()
    agent = server[1].seen[-1].headers["user-agent"]
    assert agent.startswith("nightly-sync/1.0 talkwire-dstny/")


def test_the_view_reaches_operation_modules_and_paging_too(dstny: DstnyClient, server: tuple[str, TeamsApp]) -> None:
    view = dstny.with_options(headers={"X-Trace": "module"})
    list_teams.sync(client=view)
    assert server[1].seen[-1].headers["x-trace"] == "module"


def test_a_views_timeout_applies_to_its_calls_only(dstny: DstnyClient) -> None:
    slow = dstny.with_options(query={"delay": "0.5"})
    assert slow.teams.list().teams  # the client's timeout (30 s) lets it finish
    with pytest.raises(APITimeoutError):
        slow.with_options(timeout=0.1).teams.list()


def test_a_views_deadline_bounds_each_call_as_a_whole(dstny: DstnyClient) -> None:
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=r"deadline of 0\.2 s"):
        dstny.with_options(deadline=0.2, query={"delay": "1"}).teams.list()
    assert time.monotonic() - started < 0.9


def test_max_retries_of_a_view_replaces_the_clients_count(dstny: DstnyClient, server: tuple[str, TeamsApp]) -> None:
    _, app = server
    with pytest.raises(ServerError):  # the client retries nothing
        dstny.with_options(query={"fail": "2", "key": "no-retry"}).teams.list()
    assert app.failures["no-retry"] == 1
    retried = dstny.with_options(max_retries=2, query={"fail": "2", "key": "retried"})
    assert retried.teams.list().teams
    assert app.failures["retried"] == 3
    policy = RetryPolicy(max_retries=1, backoff_factor=0.0)
    with pytest.raises(ServerError):  # a policy of its own; max_retries then replaces its count
        dstny.with_options(retry=policy, query={"fail": "5", "key": "policy"}).teams.list()
    assert app.failures["policy"] == 2


def test_a_view_shares_the_clients_pools_and_builds_nothing(dstny: DstnyClient, server: tuple[str, TeamsApp]) -> None:
    dstny.teams.list()
    port = server[1].seen[-1].client_port
    view = dstny.with_options(timeout=5, headers={"X-Trace": "pool"})
    assert view.get_httpx_client() is dstny.get_httpx_client()
    view.teams.list()
    assert server[1].seen[-1].client_port == port  # the client's kept-alive connection
    assert view.teams is not dstny.teams and view.teams._client is view  # resources of its own, bound to it

    async def both_async() -> tuple[Any, Any]:
        return view.get_async_httpx_client(), dstny.get_async_httpx_client()

    mine, theirs = asyncio.run(both_async())
    assert mine is theirs


def test_the_async_view_of_a_view_carries_its_options(dstny: DstnyClient, server: tuple[str, TeamsApp]) -> None:
    async def call() -> None:
        async with dstny.with_options(headers={"X-Trace": "async"}).aio as aio:
            await aio.teams.list()

    asyncio.run(call())
    assert server[1].seen[-1].headers["x-trace"] == "async"


REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "timeout of 0": ({"timeout": 0}, "timeout"),
    "negative retries": ({"max_retries": -1}, "max_retries"),
    "retry not a policy": ({"retry": 3}, "retry"),
    "infinite deadline": ({"deadline": float("inf")}, "deadline"),
    "header with a line break": ({"headers": {"X-Trace": "a\r\nInjected: yes-secret-value"}}, "headers['X-Trace']"),
    "credential header": ({"headers": {"Authorization": "Bearer other-secret-value"}}, "headers['Authorization']"),
    "header name with a space": ({"headers": {"X Trace": "t"}}, "headers['X Trace']"),
    "query value not a scalar": ({"query": {"tenant": {"id": 1}}}, "query['tenant']"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_an_option_a_view_cannot_honour_is_refused_naming_it(dstny: DstnyClient, case: str) -> None:
    options, named = REFUSED[case]
    with pytest.raises(ClientOptionError) as refused:
        dstny.with_options(**options)
    assert refused.value.option == named
    assert "secret-value" not in str(refused.value)


def test_a_header_the_vendor_requires_keeps_its_value() -> None:
    vocelio = VocelioClient(token="vocelio-static-token", base_url="https://vocelio.example")
    assert vocelio.with_options(headers={"X-API-Version": "v1"})  # the required value is fine
    with pytest.raises(ClientOptionError, match="requires 'v1'"):
        vocelio.with_options(headers={"x-api-version": "v2"})


def test_a_mock_transport_sees_the_per_call_options() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=TEAMS, headers={"content-type": "application/json"})

    with DstnyClient(
        "mt_mock_token_123", base_url="https://ci.example/api/v1", transport=httpx.MockTransport(answer)
    ) as d:
        d.with_options(timeout=httpx.Timeout(3.0, connect=1.0)).teams.list()
    assert seen[-1].extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}

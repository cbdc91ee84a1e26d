"""talkwire-diga: API-key auth, paging on every list operation of the spec, FastAPI 422 field errors, diga's
`{status, error_code, message}` errors typed with their code, and a key that never surfaces."""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import pkgutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest
import talkwire_diga_api.api
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from talkwire_diga import (
    DIGA,
    APIError,
    AsyncDigaClient,
    AuthenticationError,
    BadRequestError,
    DigaClient,
    IntegrationServerError,
    NotFoundError,
    PagingError,
    PermissionDeniedError,
    RetryPolicy,
    ServerError,
)
from talkwire_diga_api._operations import OPERATIONS
from talkwire_diga_api.api.agents import get_agent, list_agents
from talkwire_diga_api.api.calls import list_calls
from talkwire_diga_api.models.call_status_filter import CallStatusFilter

from tests.support.servers import serve

CANARY = "sk-diga-canary-key-0d3f5c2a"
SPEC: dict[str, Any] = json.loads(Path("generated/diga/openapi.json").read_text())
PAGES = 3


def operation_modules() -> dict[str, ModuleType]:
    modules = {}
    for info in pkgutil.walk_packages(talkwire_diga_api.api.__path__, "talkwire_diga_api.api."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return modules


MODULES = operation_modules()
PAGED = sorted(name for name, operation in OPERATIONS.items() if operation.get("pagination"))


# --- a minimal valid instance of any schema of the spec, to fill pages of every item type -------------------------


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


STRING_FORMATS = {
    "uuid": lambda: str(uuid.uuid4()),
    "date-time": lambda: "2026-07-22T10:00:00Z",
    "date": lambda: "2026-07-22",
    "email": lambda: "someone@example.test",
    "uri": lambda: "https://example.test/x",
}


def minimal(schema: dict[str, Any]) -> Any:
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            options = [option for option in schema[combinator] if resolve(option).get("type") != "null"]
            return minimal(options[0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal(part)
            if isinstance(value, dict):
                merged |= value
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(entry for entry in kind if entry != "null")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal(properties.get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "string":
        return STRING_FORMATS.get(schema.get("format", ""), lambda: "x")()
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    raise AssertionError(f"no minimal instance for {schema}")


def item_schema_of(name: str) -> dict[str, Any]:
    operation = OPERATIONS[name]
    response = SPEC["paths"][operation["path"]][operation["method"].lower()]["responses"]["200"]
    page = resolve(response["content"]["application/json"]["schema"])
    return page["properties"]["data"]["items"]


def required_arguments(module: ModuleType) -> dict[str, Any]:
    """Values for the required (path) parameters of an operation, by their annotation."""
    values: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        annotation = parameter.annotation
        values[name] = uuid.uuid4() if annotation in (UUID, "UUID") else "x"
    return values


class PagedServer:
    """Serves PAGES pages of `item` for any path: `after` names the last id of the previous page."""

    def __init__(self, item: dict[str, Any], *, empty_last_page: bool = False) -> None:
        self.item = item
        self.empty_last_page = empty_last_page
        self.last_ids = [str(uuid.uuid4()) for _ in range(PAGES + 1)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        after = request.url.params.get("after")
        page = 0 if after is None else self.last_ids.index(after) + 1
        # Items differ from page to page (a key the models keep as an additional property): a page with the items
        # of an earlier one is a server ignoring the cursor, which a walk refuses.
        items = [self.item | {"talkwire_test_item": f"{page}-{n}"} for n in range(2)] if page < PAGES else []
        has_more = page < PAGES - 1 or self.empty_last_page
        body = {"data": items, "has_more": has_more, "first_id": None, "last_id": self.last_ids[page]}
        return httpx.Response(200, json=body | {"current_page": page + 1, "total_pages": PAGES})


def test_every_operation_that_takes_a_cursor_or_returns_a_page_declares_paging() -> None:
    for name, operation in OPERATIONS.items():
        spec_operation = SPEC["paths"][operation["path"]][operation["method"].lower()]
        query = {resolve(parameter)["name"] for parameter in spec_operation.get("parameters", [])}
        schema = spec_operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
        returns_page = schema.get("schema", {}).get("$ref", "").endswith("Page")
        if "after" in query or returns_page:
            assert name in PAGED, name
    assert len(PAGED) == 23


@pytest.mark.parametrize("name", PAGED)
def test_every_list_operation_walks_its_pages_and_stops(name: str) -> None:
    server = PagedServer(minimal(item_schema_of(name)))
    diga = DigaClient(CANARY, transport=httpx.MockTransport(server), retry=RetryPolicy(max_retries=0))
    module = MODULES[name]
    items = list(diga.paginate(module, **required_arguments(module)))
    assert len(items) == 2 * PAGES
    assert [request.url.params.get("after") for request in server.requests] == [None, *server.last_ids[: PAGES - 1]]


def test_an_empty_page_that_says_more_follow_is_a_paging_error_not_the_end() -> None:
    server = PagedServer(minimal(item_schema_of("list_agents")), empty_last_page=True)
    diga = DigaClient(CANARY, transport=httpx.MockTransport(server))
    pages = []
    with pytest.raises(PagingError, match="list_agents: page 4 is empty, yet `has_more` says more pages follow"):
        for page in diga.iterate_pages(list_agents):
            pages.append(page)
    assert [len(page.data) for page in pages] == [2, 2, 2]


# --- over loopback -------------------------------------------------------------------------------------------------

CALL = minimal(item_schema_of("list_calls"))


class FakeDiga:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.last_ids = [str(uuid.uuid4()) for _ in range(PAGES)]

    async def calls(self, request: Request) -> Response:
        self.requests.append(request)
        if request.headers.get("authorization") != f"Bearer {CANARY}":
            return JSONResponse({"status": "error", "error_code": "INVALID_API_KEY", "message": "bad key"}, 401)
        limit = request.query_params.get("limit", "50")
        if not limit.isdigit() or int(limit) > 100:
            detail = [
                {
                    "loc": ["query", "limit"],
                    "msg": "Input should be less than or equal to 100",
                    "type": "less_than_equal",
                },
                {"loc": ["query", "status"], "msg": "Input should be 'dialing' or 'completed'", "type": "enum"},
            ]
            return JSONResponse({"detail": detail}, 422)
        after = request.query_params.get("after")
        page = 0 if after is None else self.last_ids.index(after) + 1
        call = CALL | {"id": str(uuid.UUID(int=page + 1))}  # each page its own call: a walk refuses a repeated page
        return JSONResponse({"data": [call], "has_more": page < PAGES - 1, "last_id": self.last_ids[page]})

    async def error(self, request: Request) -> Response:
        """`/errors/<status>/<code>/…`: diga's error body, quoting the caller's Authorization header back."""
        self.requests.append(request)
        status, code = int(request.path_params["status"]), request.path_params["code"]
        echoed = request.headers.get("authorization", "")
        if code == "html":
            return HTMLResponse(f"<html>upstream failed for {echoed}</html>", status)
        return JSONResponse({"status": "error", "error_code": code, "message": f"refused {echoed}"}, status)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/call/", self.calls),
                Route("/errors/{status}/{code}/v1/agent/{id}", self.error),
            ]
        )


@pytest.fixture
def fake() -> FakeDiga:
    return FakeDiga()


@pytest.fixture
def server(fake: FakeDiga) -> Iterator[str]:
    with serve(fake.app()) as url:
        yield url


def test_the_default_server_is_the_one_the_spec_declares() -> None:
    assert SPEC["servers"][0]["url"] == DIGA.server
    assert DigaClient(CANARY).base_url == DIGA.server


def test_paging_over_loopback_sends_the_key_and_the_filters_on_every_page(fake: FakeDiga, server: str) -> None:
    agent_id = uuid.uuid4()
    with DigaClient(CANARY, base_url=server) as diga:
        calls = list(diga.paginate(list_calls, agent_id=agent_id, status=CallStatusFilter.COMPLETED, limit=10))
    assert len(calls) == PAGES
    assert [request.query_params.get("after") for request in fake.requests] == [None, *fake.last_ids[:-1]]
    for request in fake.requests:
        assert request.query_params["agent_id"] == str(agent_id)
        assert request.query_params["status"] == "completed"
        assert request.query_params["limit"] == "10"


async def test_async_paging_over_loopback(fake: FakeDiga, server: str) -> None:
    async with AsyncDigaClient(CANARY, base_url=server) as diga:
        calls = [call async for call in diga.apaginate(list_calls)]
    assert len(calls) == PAGES == len(fake.requests)


def test_fastapi_422_lists_every_field_with_its_location_and_message(server: str) -> None:
    with DigaClient(CANARY, base_url=server) as diga, pytest.raises(BadRequestError) as info:
        list_calls.sync(client=diga, limit=500)
    error = info.value
    assert error.status_code == 422
    assert [(field.location, field.message) for field in error.field_errors] == [
        (("query", "limit"), "Input should be less than or equal to 100"),
        (("query", "status"), "Input should be 'dialing' or 'completed'"),
    ]
    assert "query.limit: Input should be less than or equal to 100" in str(error)
    assert "query.status: Input should be 'dialing' or 'completed'" in str(error)


@pytest.mark.parametrize(
    ("status", "code", "error_class", "hint"),
    [
        (404, "AGENT_NOT_FOUND", NotFoundError, None),
        (403, "INTERNAL_SERVER_ERROR", PermissionDeniedError, "most likely not allowed"),
        (403, "MISSING_PERMISSIONS", PermissionDeniedError, "lacks a permission"),
        (422, "INVALID_PAGINATION_PARAMETERS", BadRequestError, "paging parameters"),
        (401, "INVALID_API_KEY", AuthenticationError, None),
        (401, "M_C_P_AUTHENTICATION_FAILED", IntegrationServerError, "your diga API key is fine"),
        (504, "M_C_P_CONNECTION_TIMEOUT", IntegrationServerError, None),
        (500, "INTERNAL_SERVER_ERROR", ServerError, None),
    ],
)
def test_diga_error_bodies_become_typed_errors_with_the_vendor_code(
    server: str, status: int, code: str, error_class: type[APIError], hint: str | None
) -> None:
    diga = DigaClient(CANARY, base_url=f"{server}/errors/{status}/{code}", retry=RetryPolicy(max_retries=0))
    with diga, pytest.raises(APIError) as info:
        get_agent.sync(uuid.uuid4(), client=diga)
    error = info.value
    assert type(error) is error_class
    assert (error.status_code, error.vendor_code) == (status, code)
    assert f"[{code}] refused Bearer ***" in str(error)
    if hint:
        assert hint in str(error)
    assert CANARY not in str(error)


@pytest.mark.parametrize("status", [401, 403, 404, 500, 502])
def test_the_key_never_surfaces(server: str, status: int, caplog: pytest.LogCaptureFixture) -> None:
    code = "html" if status == 502 else "SOME_CODE"
    diga = DigaClient(CANARY, base_url=f"{server}/errors/{status}/{code}", retry=RetryPolicy(max_retries=0))
    with caplog.at_level(logging.DEBUG), diga, pytest.raises(APIError) as info:
        get_agent.sync(uuid.uuid4(), client=diga)
    error = info.value
    surfaces = [str(error), repr(error), error.body_excerpt, str(error.vendor_message), repr(diga)]
    surfaces += [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    assert "***" in error.body_excerpt  # the echoed header was in the body, masked
    for text in surfaces:
        assert CANARY not in text


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="diga"):
        DigaClient("")

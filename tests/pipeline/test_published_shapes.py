"""Shapes of vendors' published specs that our five did not have, over the real generator and a real server on
loopback: a response that is JSON or CSV (read by its Content-Type, though its component lists CSV first), a list
paged by the RFC 8288 `Link` header, binary uploads through the sync and the async functions (a retry sends the same
bytes again), a binary response, HTTP Basic credentials and a form-encoded body, the Accept header each operation
sends, and a next-page URL a caller passes, which goes (with the credentials) only to the client's own server.

tests/fixtures/shapes/shapes.yaml is generated with the real pipeline into a temporary directory; the client is the
generated one declared to talkwire-core, as a vendor without an overlay package would be.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from talkwire_core import BasicAuth, PagingError, RetryPolicy, Vendor, VendorClient

from scripts.generation.generate import generate_vendor
from scripts.registry import load_registry
from tests.support.layout import copy_pipeline
from tests.support.servers import serve

pytestmark = pytest.mark.slow

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "shapes" / "shapes.yaml"
PACKAGE = "talkwire_shapes_api"
ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef"
AUTH_TOKEN = "shapes-auth-token-not-for-logs"
CSV = "id,to\nc1,+15550100\nc2,+15550101\n"
AUDIO = bytes(range(256)) * 64


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package of shapes.yaml, importable for this module's tests."""
    root = copy_pipeline(tmp_path_factory.mktemp("shapes"))
    (root / "specs").mkdir()
    (root / "specs" / "shapes.yaml").write_bytes(SPEC.read_bytes())
    (root / "pyproject.toml").write_text(
        '[tool.talkwire]\norg_prefix = "talkwire"\ntemplates = "scripts/templates"\n\n'
        '[tool.talkwire.vendors.shapes]\ntitle = "Shapes"\nspec = "specs/shapes.yaml"\n',
        encoding="utf-8",
    )
    registry = load_registry(root)
    generate_vendor(registry, registry.vendors["shapes"], force=True)  # a generator warning would raise here
    sys.path.insert(0, str(root / "generated" / "shapes"))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root / "generated" / "shapes"))
        for name in [name for name in sys.modules if name == PACKAGE or name.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def operation(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.api.{name}")


class ShapesServer:
    """The vendor: records what each request carried."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.uploads: list[tuple[bytes, str]] = []
        self.fail_next_upload = False

    def _record(self, request: Request, **extra: Any) -> None:
        self.requests.append(
            {"path": request.url.path, "query": str(request.url.query), "headers": dict(request.headers), **extra}
        )

    async def list_calls(self, request: Request) -> Response:
        self._record(request)
        page = int(request.query_params.get("page", "1"))
        per_page = int(request.query_params.get("per_page", "2"))
        calls = [{"id": f"c{index}"} for index in range((page - 1) * per_page + 1, page * per_page + 1)]
        headers = {}
        if page < 3:
            base = str(request.base_url).rstrip("/")
            headers["Link"] = (
                f'<{base}/v1/calls?page={page + 1}&per_page={per_page}>; rel="next", <{base}/v1/calls?page=3>; rel="last"'
            )
        return JSONResponse(calls, headers=headers)

    async def create_call(self, request: Request) -> Response:
        self._record(request, form=parse_qsl((await request.body()).decode(), keep_blank_values=True))
        return JSONResponse({"id": "c1", "to": "+15550100"}, status_code=201)

    async def export_calls(self, request: Request) -> Response:
        self._record(request)
        if request.query_params.get("format") == "csv":
            return PlainTextResponse(CSV, media_type="text/csv")
        return JSONResponse([{"id": "c1"}, {"id": "c2"}])

    async def import_calls(self, request: Request) -> Response:
        body = await request.body()
        self.uploads.append((body, request.headers.get("content-type", "")))
        return JSONResponse({"imported": body.count(b"\n") - 1}, status_code=202)

    async def upload_recording(self, request: Request) -> Response:
        body = await request.body()
        self.uploads.append((body, request.headers.get("content-type", "")))
        if self.fail_next_upload:
            self.fail_next_upload = False
            return JSONResponse({"message": "try again"}, status_code=503)
        return JSONResponse({"id": request.path_params["call_id"], "size": len(body)}, status_code=201)

    async def get_recording(self, request: Request) -> Response:
        self._record(request)
        return Response(AUDIO, media_type="audio/mpeg")

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/calls", self.list_calls, methods=["GET"]),
                Route("/v1/calls", self.create_call, methods=["POST"]),
                Route("/v1/calls/export", self.export_calls, methods=["GET"]),
                Route("/v1/calls/import", self.import_calls, methods=["POST"]),
                Route("/v1/recordings/{call_id}", self.upload_recording, methods=["PUT"]),
                Route("/v1/recordings/{call_id}", self.get_recording, methods=["GET"]),
            ]
        )


@pytest.fixture
def vendor() -> ShapesServer:
    return ShapesServer()


@pytest.fixture
def base_url(vendor: ShapesServer) -> Iterator[str]:
    with serve(vendor.app()) as url:
        yield url + "/v1"


def client_for(api: ModuleType, base_url: str, **options: Any) -> Any:
    """The generated client declared to talkwire-core, with Basic credentials (no overlay package)."""
    tables = importlib.import_module(f"{PACKAGE}._operations")
    declaration = Vendor(
        name="Shapes",
        distribution="talkwire-shapes",
        operations=tables.OPERATIONS,
        unset=importlib.import_module(f"{PACKAGE}.types").UNSET,
    )
    generated = importlib.import_module(f"{PACKAGE}.client").AuthenticatedClient
    client_class = type("ShapesClient", (VendorClient, generated), {"vendor": declaration})
    options.setdefault("retry", RetryPolicy(max_retries=0))
    return client_class(BasicAuth(ACCOUNT_SID, AUTH_TOKEN, vendor="Shapes"), base_url=base_url, **options)


def test_a_response_documented_as_json_or_csv_is_read_by_its_content_type(
    api: ModuleType, vendor: ShapesServer, base_url: str
) -> None:
    export_calls = operation("calls.export_calls")
    export_format = importlib.import_module(f"{PACKAGE}.models.export_calls_format").ExportCallsFormat
    with client_for(api, base_url) as client:
        assert export_calls.sync(client=client, format_=export_format.CSV) == CSV
        as_json = export_calls.sync(client=client)
    assert [call.id for call in as_json] == ["c1", "c2"]
    # The response is a component listing CSV first: JSON is still preferred (by quality value, not by position).
    accepted = {request["headers"]["accept"] for request in vendor.requests}
    assert accepted == {"text/csv;q=0.9, application/json"}


def test_a_list_paged_by_its_link_header_is_walked_to_the_last_page(
    api: ModuleType, vendor: ShapesServer, base_url: str
) -> None:
    list_calls = operation("calls.list_calls")
    with client_for(api, base_url) as client:
        ids = [call.id for call in client.paginate(list_calls, per_page=2)]
    assert ids == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert [request["query"] for request in vendor.requests] == ["per_page=2", "page=2&per_page=2", "page=3&per_page=2"]


def test_a_binary_upload_goes_through_the_async_functions(api: ModuleType, vendor: ShapesServer, base_url: str) -> None:
    upload_recording = operation("recordings.upload_recording")
    file_type = importlib.import_module(f"{PACKAGE}.types").File

    async def upload() -> Any:
        async with client_for(api, base_url) as client:
            body = file_type(payload=BytesIO(AUDIO), file_name="call.wav", mime_type="audio/wav")
            return await upload_recording.asyncio(client=client, call_id="c1", body=body)

    stored = asyncio.run(upload())
    assert stored.size == len(AUDIO)
    assert vendor.uploads == [(AUDIO, "audio/wav")]


def test_a_binary_upload_from_a_file_goes_through_the_sync_functions_and_a_retry_sends_it_again(
    api: ModuleType, vendor: ShapesServer, base_url: str, tmp_path: Path
) -> None:
    upload_recording = operation("recordings.upload_recording")
    file_type = importlib.import_module(f"{PACKAGE}.types").File
    recording = tmp_path / "call.mp3"
    recording.write_bytes(AUDIO)
    vendor.fail_next_upload = True
    retry = RetryPolicy(max_retries=1, backoff_factor=0)  # PUT is idempotent: a 503 is retried
    with client_for(api, base_url, retry=retry) as client, recording.open("rb") as handle:
        stored = upload_recording.sync(client=client, call_id="c1", body=file_type(payload=handle))
    assert stored.size == len(AUDIO)
    # The spec's media type is a wildcard (audio/*): a file that names none goes as application/octet-stream.
    assert vendor.uploads == [(AUDIO, "application/octet-stream")] * 2


def test_a_text_upload_goes_as_its_documented_media_type(api: ModuleType, vendor: ShapesServer, base_url: str) -> None:
    import_calls = operation("calls.import_calls")
    with client_for(api, base_url) as client:
        assert import_calls.sync(client=client, body=CSV).imported == 2
    assert vendor.uploads == [(CSV.encode(), "text/csv")]


def test_a_binary_response_is_bytes(api: ModuleType, vendor: ShapesServer, base_url: str) -> None:
    get_recording = operation("recordings.get_recording")
    with client_for(api, base_url) as client:
        assert get_recording.sync(client=client, call_id="c1") == AUDIO
    assert vendor.requests[0]["headers"]["accept"] == "audio/mpeg"


def test_basic_credentials_and_a_form_body_go_over_the_wire_as_the_spec_says(
    api: ModuleType, vendor: ShapesServer, base_url: str
) -> None:
    create_call = operation("calls.create_call")
    new_call = importlib.import_module(f"{PACKAGE}.models.new_call")
    params = importlib.import_module(f"{PACKAGE}.models.new_call_params").NewCallParams.from_dict({"greeting": "hi"})
    body = new_call.NewCall(to="+15550100", record=True, tags=["sales", "emea"], params=params)
    with client_for(api, base_url) as client:
        created = create_call.sync(client=client, body=body)
        assert AUTH_TOKEN not in repr(client.auth_flow)
    assert created.id == "c1"
    request = vendor.requests[0]
    expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    assert request["headers"]["authorization"] == f"Basic {expected}"
    assert request["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert request["form"] == [
        ("To", "+15550100"),
        ("Record", "true"),
        ("Tags", "sales"),
        ("Tags", "emea"),
        ("Params", '{"greeting":"hi"}'),
    ]


def test_the_operation_table_declares_the_link_header_paging(api: ModuleType) -> None:
    tables = importlib.import_module(f"{PACKAGE}._operations")
    assert tables.OPERATIONS["list_calls"]["pagination"] == {
        "style": "url",
        "next_link": "next",
        "items": "",
        "items_attr": "",
        "limit_param": "per_page",
        "limit_param_arg": "per_page",
        "page_url_arg": "page_url",
    }


@pytest.fixture
def other_origin() -> Iterator[tuple[ShapesServer, str]]:
    """A second server on loopback (another port: another origin), serving the same routes."""
    other = ShapesServer()
    with serve(other.app()) as url:
        yield other, url + "/v1"


def test_a_page_url_the_caller_passes_goes_only_to_the_client_server(
    api: ModuleType, vendor: ShapesServer, base_url: str, other_origin: tuple[ShapesServer, str]
) -> None:
    list_calls = operation("calls.list_calls")
    other, other_url = other_origin
    with client_for(api, base_url) as client:
        with pytest.raises(PagingError, match="is not on the client's server") as refused:
            list_calls.sync_detailed(client=client, page_url=f"{other_url}/calls?page=2&per_page=2")
        on_server = list_calls.sync(client=client, page_url=f"{base_url}/calls?page=2&per_page=2")
        # A path from the server's root, as the walk resolves one (httpx alone would put it under the base path).
        from_root = list_calls.sync(client=client, page_url="/v1/calls?page=3&per_page=2")
    assert [call.id for call in on_server] == ["c3", "c4"] and [call.id for call in from_root] == ["c5", "c6"]
    assert refused.value.operation == "list_calls"
    assert [request["query"] for request in vendor.requests] == ["page=2&per_page=2", "page=3&per_page=2"]
    assert other.requests == [], "the client's credentials went to another origin"


def test_an_async_call_refuses_a_page_url_off_the_client_server_before_any_request(
    api: ModuleType, base_url: str, other_origin: tuple[ShapesServer, str]
) -> None:
    list_calls = operation("calls.list_calls")
    other, other_url = other_origin

    async def call(page_url: str) -> Any:
        async with client_for(api, base_url) as client:
            return await list_calls.asyncio(client=client, page_url=page_url)

    for page_url in (f"{other_url}/calls?page=2", base_url.replace("127.0.0.1", "localhost") + "/calls?page=2"):
        with pytest.raises(PagingError, match="is not on the client's server"):
            asyncio.run(call(page_url))
    assert other.requests == []

"""Two real published specs (Deepgram, Twilio Conversational Intelligence v2), taken as they are: generated with the
real pipeline into a temporary copy of the repository layout, with no generator warning, then the in-process
contract tests over every operation, through the generated clients (neither has an overlay package): Twilio's lists
walked by their next-page URLs, its Basic credentials and form bodies checked by the validating transport. See
README.md for the specs' sources and what the overlay documents repair.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import importlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from talkwire_core import PagingError

from scripts.generation.generate import generate_vendor
from scripts.generation.stamp import read_stamp
from scripts.registry import ROOT, Registry, load_registry
from scripts.spec.load import load_spec
from tests.contract.clients import build_client
from tests.contract.operations import REGISTRY_ROOT_ENV, Contract, load_contract
from tests.contract.transport import ContractViolationError, SpecTransport
from tests.support.layout import copy_pipeline
from tests.support.revealed import problems
from tests.support.servers import serve

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
# vendor: (title, spec, overlay document, operations)
VENDORS = {
    "deepgram": ("Deepgram", "deepgram.yaml", "deepgram.overlay.yaml", 50),
    "twilio": ("Twilio Conversational Intelligence", "twilio_intelligence_v2.json", "twilio.overlay.yaml", 29),
}
CONTRACT_TIMEOUT = 900


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    """The two vendors registered in a temporary repository layout and generated there (a generator warning, an
    overlay action that matches nothing or an invalid spec would raise)."""
    root = copy_pipeline(tmp_path_factory.mktemp("realworld"))
    entries = ['[tool.talkwire]\norg_prefix = "talkwire"\ntemplates = "scripts/templates"\n']
    for vendor, (title, spec, overlay, _) in VENDORS.items():
        for folder, name in (("specs", spec), ("overlays", overlay)):
            (root / folder).mkdir(exist_ok=True)
            (root / folder / name).write_bytes((HERE / folder / name).read_bytes())
        entries.append(
            f'[tool.talkwire.vendors.{vendor}]\ntitle = "{title}"\nspec = "specs/{spec}"\noverlay = "overlays/{overlay}"\n'
        )
    (root / "pyproject.toml").write_text("\n".join(entries), encoding="utf-8")
    registry = load_registry(root)
    for vendor in registry.vendors.values():
        generate_vendor(registry, vendor, force=True)
    return registry


def contract_env(registry: Registry) -> dict[str, str]:
    """The environment for the contract tests over `registry`: its generated packages importable."""
    packages = [str(registry.generated_dir / vendor) for vendor in registry.vendors]
    path = os.pathsep.join([*packages, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**os.environ, "TALKWIRE_CONTRACT_ROOT": str(registry.root), "PYTHONPATH": path}


def run_contract_tests(registry: Registry, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *arguments],
        cwd=ROOT,
        env=contract_env(registry),
        capture_output=True,
        text=True,
        timeout=CONTRACT_TIMEOUT,
        check=False,
    )


def test_the_specs_are_the_published_files_byte_for_byte() -> None:
    recorded = dict(re.findall(r"\| `specs/([^`]+)` \|.*\| `([0-9a-f]{64})` \|", (HERE / "README.md").read_text()))
    assert sorted(recorded) == sorted(spec for _, spec, _, _ in VENDORS.values())
    for spec, digest in recorded.items():
        assert hashlib.sha256((HERE / "specs" / spec).read_bytes()).hexdigest() == digest, spec


def test_each_spec_generates_every_operation_with_no_generator_warning(registry: Registry) -> None:
    for vendor, (_, _, _, operations) in VENDORS.items():
        stamp = read_stamp(registry.generated_dir / vendor)
        assert stamp is not None and stamp.operations == operations, vendor


@pytest.fixture(scope="module")
def in_process(registry: Registry, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    """The in-process contract tests over both vendors: their output and their coverage report."""
    report = tmp_path_factory.mktemp("report") / "contract-report.json"
    result = run_contract_tests(registry, "tests/contract/test_in_process.py", "-v", f"--contract-report={report}")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    yield output, json.loads(report.read_text(encoding="utf-8"))


def test_the_in_process_contract_tests_cover_every_operation(registry: Registry, in_process: tuple[str, dict]) -> None:
    output, report = in_process
    assert report["not-generated"] == {}
    for vendor in VENDORS:
        operations = sorted(operation.key for operation in load_spec(registry.vendors[vendor]).operations)
        assert sorted(report["in-process"][vendor]) == operations, vendor
        assert f"{vendor}: talkwire_{vendor}_api (generated, no overlay yet)" in output


def test_twilio_lists_are_walked_by_their_next_page_urls(in_process: tuple[str, dict]) -> None:
    output, _ = in_process
    walked = re.findall(r"test_paged_lists_are_walked_by_their_declared_position\[twilio\.(\w+)\] PASSED", output)
    assert sorted(walked) == [
        "list_custom_operator",
        "list_operator",
        "list_operator_result",
        "list_operator_type",
        "list_prebuilt_operator",
        "list_sentence",
        "list_service",
        "list_transcript",
    ]


def test_the_scripted_flow_against_prism_passes_for_a_vendor_whose_lists_do_not_page(registry: Registry) -> None:
    """Deepgram declares no paging: its flow (a get, a create, a request without credentials) runs without one."""
    result = run_contract_tests(registry, "tests/contract/test_prism.py", "-k", "test_scripted_flow", "-v")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "test_scripted_flow[deepgram] PASSED" in output and "test_scripted_flow[twilio] PASSED" in output


@pytest.fixture
def twilio_contract(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> Contract:
    monkeypatch.setenv(REGISTRY_ROOT_ENV, str(registry.root))
    monkeypatch.syspath_prepend(str(registry.generated_dir / "twilio"))
    return load_contract("twilio")


@pytest.mark.parametrize(
    ("authorization", "fields", "refusal"),
    [
        (
            f"Basic {base64.b64encode(b'AC0123:auth-token').decode()}",
            {"UniqueName": "u", "AutoTranscribe": "true"},
            None,
        ),
        (
            f"Basic {base64.b64encode(b'AC0123:auth-token').decode()}",
            {"UniqueName": "u", "AutoTranscribe": "True"},
            "AutoTranscribe",
        ),
        (f"Basic {base64.b64encode(b'AC0123:auth-token').decode()}", {"AutoTranscribe": "true"}, "UniqueName"),
        (f"Basic {base64.b64encode(b'AC0123').decode()}", {"UniqueName": "u"}, "RFC 7617"),
        ("Basic not-base64!", {"UniqueName": "u"}, "RFC 7617"),
    ],
)
def test_the_validating_transport_checks_twilio_basic_credentials_and_form_fields(
    twilio_contract: Contract, authorization: str, fields: dict[str, str], refusal: str | None
) -> None:
    """What the in-process tests of Twilio rely on: Basic credentials as RFC 7617 has them (openapi-core only checks
    that the header names the scheme), and form fields as they travel (a boolean in JSON's spelling)."""
    transport = SpecTransport(
        contract=twilio_contract,
        responder=lambda operation, request: httpx.Response(201, json={}),
        base_url=twilio_contract.in_process_base_url,
        validate_responses=False,
    )
    request = httpx.Request(
        "POST",
        f"{twilio_contract.in_process_base_url}/v2/Services",
        data=fields,
        headers={"Authorization": authorization, "Accept": "application/json"},
        extensions={"talkwire_operation": "create_service"},
    )
    if refusal is None:
        assert transport.handle_request(request).status_code == 201
    else:
        with pytest.raises(ContractViolationError, match=refusal):
            transport.handle_request(request)


def test_a_registered_vendor_that_was_not_generated_is_reported_and_the_others_still_tested(
    registry: Registry, tmp_path: Path
) -> None:
    """Deepgram registered without its overlay document (so its spec does not load: 46 duplicated operationIds) beside
    Twilio: the contract session reports Deepgram as not generated, by name and reason, and tests Twilio."""
    (tmp_path / "pyproject.toml").write_text(
        (registry.root / "pyproject.toml")
        .read_text(encoding="utf-8")
        .replace('overlay = "overlays/deepgram.overlay.yaml"\n', ""),
        encoding="utf-8",
    )
    for folder in ("specs", "overlays"):
        (tmp_path / folder).symlink_to(registry.root / folder)
    env = {**contract_env(registry), "TALKWIRE_CONTRACT_ROOT": str(tmp_path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "tests/contract/test_in_process.py",
            "-v",
            "-k",
            "generated or (twilio and fetch_service)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CONTRACT_TIMEOUT,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-4000:]
    assert "test_every_registered_vendor_is_generated[deepgram] FAILED" in output
    assert "deepgram: not generated, its operations are not tested" in output and "is not unique" in output
    assert "test_every_registered_vendor_is_generated[twilio] PASSED" in output
    assert "test_documented_answers[twilio.fetch_service] PASSED" in output
    assert "test_drawn_values[twilio.fetch_service] PASSED" in output


# --- the resource surface over both specs ----------------------------------------------------------------------------


def test_every_operation_of_both_specs_is_a_resource_method_called_over_loopback(registry: Registry) -> None:
    """tests/surface's reach tests over the two published specs: every operation a bound method of a resource of
    the client and of `client.aio`, with the operation's parameters (Twilio's lists with `page_url`), called over
    loopback with Basic credentials, form bodies and binary uploads; every paged list has its typed walk."""
    result = run_contract_tests(
        registry,
        "tests/surface/test_every_operation.py",
        "tests/surface/test_typed_paging.py::test_every_paged_operation_has_a_typed_walk_with_the_lists_arguments_but_the_position",
        "-v",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    for vendor in VENDORS:
        for test in (
            "test_every_operation_is_a_method_of_a_resource_of_the_client",
            "test_every_operation_is_a_method_of_a_resource_of_the_async_view",
            "test_every_paged_operation_has_a_typed_walk_with_the_lists_arguments_but_the_position",
        ):
            assert f"{test}[{vendor}] PASSED" in output, (test, vendor)


class TranscriptPages:
    """Twilio's transcript list on loopback: two pages, the first naming the second by its full URL (`next`, which
    a test may point elsewhere); each request's URL and Authorization header recorded."""

    def __init__(self) -> None:
        self.base_url = ""
        self.next_url: str | None = None
        self.requests: list[tuple[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        query = scope.get("query_string", b"").decode("latin-1")
        self.requests.append((f"{scope['path']}?{query}", headers.get("authorization", "")))
        first = "PageToken" not in query
        next_url = (
            (self.next_url or f"{self.base_url}/v2/Transcripts?PageSize=2&Page=1&PageToken=PT2") if first else None
        )
        sids = ["GT01", "GT02"] if first else ["GT03"]
        body = {
            "transcripts": [{"sid": sid, "status": "completed", "duration": 60} for sid in sids],
            "meta": {"page": 0 if first else 1, "page_size": 2, "key": "transcripts", "next_page_url": next_url},
        }
        content = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": content})


@pytest.fixture
def twilio_client(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, TranscriptPages]]:
    monkeypatch.setenv(REGISTRY_ROOT_ENV, str(registry.root))
    monkeypatch.syspath_prepend(str(registry.generated_dir / "twilio"))
    pages = TranscriptPages()
    with serve(pages) as url:
        pages.base_url = url
        yield build_client("twilio", base_url=url), pages


@pytest.mark.parametrize("is_async", [False, True])
def test_a_twilio_list_is_walked_typed_by_its_next_page_urls_over_loopback(
    twilio_client: tuple[Any, TranscriptPages], is_async: bool
) -> None:
    client, pages = twilio_client
    if is_async:

        async def walk() -> list[Any]:
            return [transcript async for transcript in client.aio.intelligence_v2_transcript.list_all(page_size=2)]

        transcripts = asyncio.run(walk())
    else:
        transcripts = list(client.intelligence_v2_transcript.list_all(page_size=2))
    model = importlib.import_module("talkwire_twilio_api.models.intelligence_v2_transcript").IntelligenceV2Transcript
    assert [transcript.sid for transcript in transcripts] == ["GT01", "GT02", "GT03"]
    assert all(isinstance(transcript, model) for transcript in transcripts)
    # The first page asked with the list's arguments, the second by the URL the first named, as it is.
    assert [url for url, _ in pages.requests] == [
        "/v2/Transcripts?PageSize=2",
        "/v2/Transcripts?PageSize=2&Page=1&PageToken=PT2",
    ]
    assert all(authorization.startswith("Basic ") for _, authorization in pages.requests)


def test_a_twilio_next_page_url_off_the_clients_server_fails_the_typed_walk(
    twilio_client: tuple[Any, TranscriptPages],
) -> None:
    client, pages = twilio_client
    pages.next_url = "https://elsewhere.example/v2/Transcripts?PageToken=PT2"
    walk = iter(client.intelligence_v2_transcript.list_all())
    assert [next(walk).sid, next(walk).sid] == ["GT01", "GT02"]
    with pytest.raises(PagingError, match="list_transcript"):
        next(walk)
    assert len(pages.requests) == 1  # the credentials went nowhere else


def test_twilios_typed_walk_and_page_url_type_check_with_the_model_types(
    registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mypy --strict over a program walking a Twilio list through the generated client: the items are the model."""
    monkeypatch.setenv("MYPYPATH", str(registry.generated_dir / "twilio"))
    program = tmp_path / "twilio_program.py"
    model = "talkwire_twilio_api.models.intelligence_v2_transcript.IntelligenceV2Transcript"
    program.write_text(
        "from typing import reveal_type\n"
        "from talkwire_twilio_api.client import AuthenticatedClient\n"
        "def walk(client: AuthenticatedClient) -> None:\n"
        "    for transcript in client.intelligence_v2_transcript.list_all(page_size=50):\n"
        f"        # revealed: {model}\n"
        "        reveal_type(transcript)\n"
        "    page = client.intelligence_v2_transcript.list(page_url='https://intelligence.twilio.com/v2/Transcripts')\n"
        "    # revealed: talkwire_twilio_api.models.list_transcript_list_transcript_response.ListTranscriptListTranscriptResponse\n"
        "    reveal_type(page)\n"
        "async def awalk(client: AuthenticatedClient) -> None:\n"
        "    async for transcript in client.aio.intelligence_v2_transcript.list_all():\n"
        f"        # revealed: {model}\n"
        "        reveal_type(transcript)\n",
        encoding="utf-8",
    )
    assert not problems(program, tmp_path)

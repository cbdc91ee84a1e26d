"""One public surface for every vendor package, one operation-table contract, one webhook API, and a talkwire-core
without import cycles.

Like test_options, every check runs over the registry's vendors, so a sixth vendor is held to the same shape.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
import talkwire_core
import talkwire_core.surface
from talkwire_core import (
    OPERATION_EXTENSION,
    ClientOptionError,
    OperationTableError,
    PagingError,
    Vendor,
    VendorClient,
    WebhookVerificationError,
)
from talkwire_core.webhooks import VendorWebhooks

from tests.contract.clients import _generated_client
from tests.support.servers import serve

ROOT = Path(__file__).parents[2]
VENDORS = sorted(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["talkwire"]["vendors"])
WEBHOOK_VENDORS = [v for v in VENDORS if (ROOT / f"generated/{v}/talkwire_{v}_api/webhook_events.py").is_file()]


def package(vendor: str) -> Any:
    return importlib.import_module(f"talkwire_{vendor}")


def client_class(vendor: str) -> type[VendorClient]:
    (found,) = {
        value
        for value in vars(package(vendor)).values()
        if inspect.isclass(value) and issubclass(value, VendorClient) and value is not VendorClient
    }
    return found


# --- the package surface ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_package_re_exports_every_core_error_and_shared_name(vendor: str) -> None:
    exported = package(vendor).__all__
    for name in talkwire_core.surface.__all__:
        assert name in exported, f"talkwire_{vendor} does not export {name}"
        assert getattr(package(vendor), name) is getattr(talkwire_core, name)
    errors = {name for name, value in vars(talkwire_core.errors).items() if inspect.isclass(value)}
    errors = {name for name in errors if issubclass(getattr(talkwire_core.errors, name), Exception)}
    assert errors <= set(talkwire_core.surface.__all__)  # "every error" means every one


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_client_and_its_async_name_are_one_class(vendor: str) -> None:
    cls = client_class(vendor)
    assert cls.__name__ in package(vendor).__all__
    assert getattr(package(vendor), f"Async{cls.__name__}") is cls
    assert cls.vendor.distribution == f"talkwire-{vendor}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_constructor_lists_the_client_options_by_name(vendor: str) -> None:
    parameters = inspect.signature(client_class(vendor)).parameters
    for option in ("timeout", "retry", "transport", "httpx_args", "base_url"):
        assert parameters[option].kind is inspect.Parameter.KEYWORD_ONLY
    assert not any(parameter.kind is inspect.Parameter.VAR_KEYWORD for parameter in parameters.values())


# --- webhooks -----------------------------------------------------------------------------------------------------


def webhook_functions(vendor: str) -> dict[str, inspect.Signature]:
    module = importlib.import_module(f"talkwire_{vendor}.webhooks")
    assert isinstance(module.WEBHOOKS, VendorWebhooks)
    return {
        name: inspect.signature(getattr(module, name)).replace(return_annotation=inspect.Signature.empty)
        for name in ("verify", "verify_and_parse", "signed_headers")
    }


def test_the_vendors_with_webhooks_are_found() -> None:
    assert {"diga", "dstny", "vocelio"} <= set(WEBHOOK_VENDORS)


@pytest.mark.parametrize("vendor", WEBHOOK_VENDORS)
def test_webhook_functions_have_one_name_and_signature_for_every_vendor(vendor: str) -> None:
    assert webhook_functions(vendor) == webhook_functions(WEBHOOK_VENDORS[0])


@pytest.mark.parametrize("vendor", WEBHOOK_VENDORS)
def test_signed_headers_verify_and_a_changed_body_does_not(vendor: str) -> None:
    webhooks = importlib.import_module(f"talkwire_{vendor}.webhooks")
    body = b'{"event": "anything"}'
    headers = webhooks.signed_headers(body, "whsec-surface-test")
    webhooks.verify(headers, body, "whsec-surface-test")
    webhooks.verify(headers, body, ["whsec-new", "whsec-surface-test"])
    with pytest.raises(WebhookVerificationError, match="signature mismatch"):
        webhooks.verify(headers, body + b" ", "whsec-surface-test")


@pytest.mark.parametrize("vendor", WEBHOOK_VENDORS)
def test_a_timestamp_option_is_refused_by_a_vendor_that_sends_no_timestamp(vendor: str) -> None:
    webhooks = importlib.import_module(f"talkwire_{vendor}.webhooks")
    body = b"{}"
    if webhooks.SCHEME.timestamp_header is None:
        with pytest.raises(ValueError, match="sends no timestamp"):
            webhooks.verify(webhooks.signed_headers(body, "whsec-x"), body, "whsec-x", tolerance_seconds=10)
        with pytest.raises(ValueError, match="sends no timestamp"):
            webhooks.signed_headers(body, "whsec-x", timestamp=1_700_000_000)
    else:
        old = webhooks.signed_headers(body, "whsec-x", timestamp=1_700_000_000)
        webhooks.verify(old, body, "whsec-x", now=1_700_000_100, tolerance_seconds=200)
        with pytest.raises(WebhookVerificationError, match="stale timestamp"):
            webhooks.verify(old, body, "whsec-x", now=1_700_000_100, tolerance_seconds=50)


# --- the operation table ------------------------------------------------------------------------------------------


def test_the_templates_extension_name_is_cores_constant() -> None:
    template = (ROOT / "scripts/templates/endpoint_module.py.jinja").read_text()
    assert re.findall(r'"extensions": \{"(\w+)":', template) == [OPERATION_EXTENSION]


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_generated_request_names_its_operation_by_the_tables_key(vendor: str) -> None:
    table = client_class(vendor).vendor.operations
    api = ROOT / f"generated/{vendor}/talkwire_{vendor}_api/api"
    modules = {path.stem: path.read_text() for path in api.glob("*/*.py") if path.stem != "__init__"}
    assert set(modules) == set(table)
    for key, source in modules.items():
        assert f'"extensions": {{"{OPERATION_EXTENSION}": "{key}"}}' in source, key


ENTRY = {
    "method": "GET",
    "operation_id": "listThings",
    "path": "/things",
    "scopes": [],
    "security": [],
    "tag": "t",
    "resource": "t",
    "resource_method": "list_things",
}
BROKEN_TABLES: dict[str, tuple[dict[str, Any], str]] = {
    "missing path": ({"list_things": {k: v for k, v in ENTRY.items() if k != "path"}}, "`path` is missing"),
    "missing resource method": (
        {"list_things": {k: v for k, v in ENTRY.items() if k != "resource_method"}},
        "`resource_method` is missing",
    ),
    "scopes not a list": ({"list_things": {**ENTRY, "scopes": "users"}}, "`scopes` is missing or not a list"),
    "unknown style": ({"list_things": {**ENTRY, "pagination": {"style": "pages", "items_attr": "x"}}}, "style"),
    "page paging without its argument": (
        {"list_things": {**ENTRY, "pagination": {"style": "page", "items_attr": "things"}}},
        "page paging needs `page_param_arg`",
    ),
    "cursor paging without next": (
        {"list_things": {**ENTRY, "pagination": {"style": "cursor", "items_attr": "x", "cursor_param_arg": "c"}}},
        "cursor paging needs `next_attr`",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_TABLES))
def test_a_table_that_breaks_the_contract_is_refused_when_declared_naming_the_entry(case: str) -> None:
    table, problem = BROKEN_TABLES[case]
    with pytest.raises(OperationTableError) as refused:
        Vendor(name="acme", distribution="talkwire-acme", operations=table, unset=None)
    assert str(refused.value).startswith("acme's operation table['list_things']: ")
    assert problem in str(refused.value)


def test_public_operations_are_those_whose_security_is_empty() -> None:
    table = {"login": ENTRY, "list_things": {**ENTRY, "security": ["bearer"]}}
    assert Vendor(name="acme", distribution="d", operations=table, unset=None).public_operations == {"login"}


def test_paging_reads_the_declared_table_and_unset_sentinel() -> None:
    """The walk follows the declaration the client hands to core (here: Dstny's table with paging switched off for
    list_conversations), not a table found by module name; a field the response left out (the declared UNSET: diio's
    optional `next`) ends the walk like a missing one; operations of another vendor, or without paging, are
    refused."""
    from talkwire_diio import DiioClient
    from talkwire_diio_api.api.meetings import list_meetings
    from talkwire_dstny import DSTNY, DstnyClient
    from talkwire_dstny_api.api.account import get_account
    from talkwire_dstny_api.api.conversations import list_conversations

    unpaged = {
        **DSTNY.operations,
        "list_conversations": {**DSTNY.operations["list_conversations"], "pagination": False},
    }

    class UnpagedDstny(DstnyClient):
        vendor = Vendor(name="dstny", distribution="talkwire-dstny", operations=unpaged, unset=DSTNY.unset)

    unused = httpx.MockTransport(lambda request: httpx.Response(500))
    with pytest.raises(PagingError, match="cannot be paged"):
        next(UnpagedDstny("mt_x", base_url="https://d.test/api/v1", transport=unused).paginate(list_conversations))
    dstny = DstnyClient("mt_x", base_url="https://d.test/api/v1", transport=unused)
    with pytest.raises(PagingError, match="is not an operation of"):
        next(dstny.paginate(_foreign_operation()))
    with pytest.raises(PagingError, match="declares no paging"):
        next(dstny.paginate(get_account))

    meeting = {"id": "00000000-0000-4000-8000-000000000001", "name": "m", "created_at": "2026-01-01T10:00:00Z"}
    pages: list[httpx.URL] = []

    def meetings(request: httpx.Request) -> httpx.Response:
        pages.append(request.url)
        return httpx.Response(200, json={"meetings": [{**meeting, "updated_at": meeting["created_at"]}]})

    diio = DiioClient(
        client_id="i",
        client_secret="s",
        refresh_token="r",
        access_token="a-token",
        base_url="https://diio.test",
        transport=httpx.MockTransport(meetings),
    )
    assert [item.name for item in diio.paginate(list_meetings)] == ["m"]
    assert len(pages) == 1


def _foreign_operation() -> Any:
    from talkwire_diio_api.api.users import list_users

    return list_users


def test_paging_needs_a_vendor_client() -> None:
    from talkwire_dstny_api.api.conversations import list_conversations
    from talkwire_dstny_api.client import AuthenticatedClient

    with pytest.raises(PagingError, match="not a talkwire vendor client"):
        next(talkwire_core.paginate(AuthenticatedClient("https://d.test"), list_conversations))  # type: ignore[arg-type]


# --- a vendor with only its generated package ----------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_generated_package_declared_as_is_gets_the_whole_stack(vendor: str) -> None:
    """What a registered vendor without an overlay package gets (tests/contract's fallback): core's client, with
    its retries, checks and User-Agent, from the generated table alone."""
    seen: list[httpx.Request] = []
    attempts: list[str] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        attempts.append(scope["path"])
        status = 503 if len(attempts) == 1 else 200
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
        )
        await send({"type": "http.response.body", "body": b"{}"})

    def record(request: httpx.Request) -> None:
        seen.append(request)

    with serve(app) as url:
        fallback = _generated_client(
            vendor,
            url,
            retry=talkwire_core.RetryPolicy(backoff_factor=0),
            httpx_args={"event_hooks": {"request": [record]}},
        )
        with fallback.get_httpx_client() as http:
            assert http.get("/x").status_code == 200
    assert len(seen) == 1 and attempts == ["/x", "/x"]  # hooks see the call once; the retry happens below them
    assert seen[0].headers["User-Agent"].startswith(f"talkwire-{vendor}-api/")


# --- talkwire-core's own structure ---------------------------------------------------------------------------------


def core_imports() -> dict[str, set[str]]:
    """Module -> the talkwire_core modules it imports, anywhere in it (functions and TYPE_CHECKING blocks too)."""
    core = Path(talkwire_core.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in core.glob("*.py"):
        name = f"talkwire_core.{path.stem}" if path.stem != "__init__" else "talkwire_core"
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("talkwire_core"):
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names if alias.name.startswith("talkwire_core")}
        graph[name] = imported - {name}
    return graph


def test_talkwire_core_has_no_import_cycle() -> None:
    graph = core_imports()
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        if state.get(module) == "done":
            return
        assert state.get(module) != "active", f"import cycle: {' -> '.join([*path, module])}"
        state[module] = "active"
        for imported in sorted(graph.get(module, ())):
            if imported != "talkwire_core":  # the package __init__ only re-exports
                visit(imported, [*path, module])
        state[module] = "done"

    for module in sorted(graph):
        visit(module, [])


def test_client_option_errors_survive_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(ClientOptionError("timeout", "must be more than 0 seconds")))
    assert (error.option, str(error)) == ("timeout", "timeout: must be more than 0 seconds")

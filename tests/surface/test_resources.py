"""The resources on every vendor client: loaded on first use, never hiding an attribute the client has, documented
honestly (the talkwire errors a call can raise), and listed in each package's reference (api.md)."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest
from talkwire_core import VendorClient

from scripts.generation.raises import error_class
from scripts.generation.resources import CLIENT_ATTRIBUTES
from tests.contract.operations import load_contract

ROOT = Path(__file__).resolve().parents[2]
VENDORS = sorted(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["talkwire"]["vendors"])


def client_class(vendor: str) -> type[VendorClient]:
    package = importlib.import_module(f"talkwire_{vendor}")
    (found,) = {
        value
        for value in vars(package).values()
        if inspect.isclass(value) and issubclass(value, VendorClient) and value is not VendorClient
    }
    return found


def operations(vendor: str) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = importlib.import_module(f"talkwire_{vendor}_api._operations").OPERATIONS
    return table


def resources_of(vendor: str) -> set[str]:
    return {entry["resource"] for entry in operations(vendor).values()}


def modules_loaded_by(code: str) -> list[str]:
    """The modules `code` loads in a fresh interpreter, beyond those the vendor package's import loads."""
    script = "\n".join(
        ["import json, sys", "before = set(sys.modules)", code, "print(json.dumps(sorted(sys.modules)))"]
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_resource_and_its_operations_load_on_first_use_and_no_other(vendor: str) -> None:
    entry = next(iter(operations(vendor).values()))
    resource = entry["resource"]
    package = f"talkwire_{vendor}_api"
    built = f"import talkwire_{vendor} as package, talkwire_core; cls = [v for v in vars(package).values() "
    built += "if isinstance(v, type) and issubclass(v, talkwire_core.VendorClient) and v is not talkwire_core.VendorClient][0]"
    built += "; client = object.__new__(cls)"  # no credentials needed: only attribute access is measured
    imported = set(modules_loaded_by(built))
    assert not [name for name in imported if name.startswith(f"{package}.resources.")]
    used = set(modules_loaded_by(f"{built}; client.{resource}; client.aio.{resource}")) - imported
    loaded_resources = {name for name in used if name.startswith(f"{package}.resources.")}
    assert loaded_resources == {f"{package}.resources.{resource}"}
    loaded_operations = {
        name.rsplit(".", 1)[1] for name in used if name.startswith(f"{package}.api.") and name.count(".") == 3
    }
    assert loaded_operations <= {name for name, meta in operations(vendor).items() if meta["resource"] == resource}


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_resource_hides_an_attribute_of_the_client(vendor: str) -> None:
    cls = client_class(vendor)
    generated = importlib.import_module(f"talkwire_{vendor}_api.client")
    for resource in resources_of(vendor):
        assert isinstance(vars(generated.AuthenticatedClient)[resource], cached_property)
        assert isinstance(vars(generated.AsyncView)[resource], cached_property)
        owners = [klass for klass in cls.__mro__ if resource in vars(klass)]
        assert owners == [generated.AuthenticatedClient], f"{vendor}: `{resource}` is also defined by {owners}"


def test_the_names_generation_keeps_free_are_those_the_clients_have() -> None:
    """scripts/generation/resources.py refuses a tag that would hide these; they must be the real ones."""
    generated = importlib.import_module("talkwire_diio_api.client")
    public = {
        name
        for klass in (VendorClient, generated.AuthenticatedClient, generated.Client, generated.AsyncView)
        for name in vars(klass)
        if not name.startswith("_") and name not in resources_of("diio")
    }
    # Set in __init__ (VendorClient's auth_flow, AsyncView's client) or by each subclass (vendor).
    assigned_elsewhere = {"auth_flow", "client", "vendor"}
    assert public | assigned_elsewhere == CLIENT_ATTRIBUTES


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_docstring_names_the_errors_a_call_can_raise(vendor: str) -> None:
    """The operations' four functions and the resource methods list each documented error status's talkwire error,
    and nothing a talkwire client never raises (httpx.TimeoutException)."""
    contract = load_contract(vendor)
    client = client_class(vendor)
    generated = ROOT / "generated" / vendor
    assert "httpx.TimeoutException" not in "".join(path.read_text() for path in generated.rglob("*.py"))
    for name, operation in contract.operations.items():
        entry = operations(vendor)[name]
        resource = getattr(client, entry["resource"]).func.__annotations__["return"]
        resource_class = getattr(
            importlib.import_module(f"talkwire_{vendor}_api.resources.{entry['resource']}"), resource
        )
        documented = {error_class(str(status)) for status in operation.spec["responses"] if str(status)[:1] in "45"}
        every_2xx = "2XX" in {str(status).upper() for status in operation.spec["responses"]}
        functions = [
            getattr(operation.module, f, None) for f in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
        ]
        functions.append(getattr(resource_class, entry["resource_method"]))
        for function in [f for f in functions if f is not None]:
            raises = inspect.getdoc(function).split("Raises:", 1)[1].split("Returns:", 1)[0]
            named = set(re.findall(r"^\s{4}(\w+):", raises, re.MULTILINE))
            assert documented <= named, f"{operation}: {function.__qualname__} does not name {documented - named}"
            assert {"APIError", "APIConnectionError"} <= named
            assert ("UnexpectedStatus" in named) is not every_2xx


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_reference_lists_every_method_and_the_readmes_link_it(vendor: str) -> None:
    reference = (ROOT / "generated" / vendor / "api.md").read_text(encoding="utf-8")
    for name, entry in operations(vendor).items():
        method = f"client.{entry['resource']}.{entry['resource_method']}("
        assert method in reference, f"{vendor}: {method} is not in api.md"
        assert f"operation `{name}`" in reference
        if entry.get("pagination"):
            verb, *rest = entry["resource_method"].split("_")
            assert f"client.{entry['resource']}.{'_'.join([verb, 'all', *rest])}(" in reference
    assert "(api.md)" in (ROOT / "generated" / vendor / "README.md").read_text(encoding="utf-8")
    overlay_readme = ROOT / "overlays" / vendor / "README.md"
    assert f"../../generated/{vendor}/api.md" in overlay_readme.read_text(encoding="utf-8")

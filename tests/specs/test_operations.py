"""Every operation of every vendor's (overlaid) spec has its generated function, under the name users call.

The counts are the contract of the specs issue: a dropped or merged operation fails here.
"""

from __future__ import annotations

import importlib
import inspect
import re
from types import ModuleType
from typing import Any

import pytest

from scripts.spec.model import Spec, python_name
from tests.specs.conftest import REGISTRY, VENDORS, spec_model

OPERATION_COUNTS = {"vida": 97, "diio": 10, "vocelio": 27, "dstny": 12, "diga": 136}


def operations_module(vendor: str) -> ModuleType:
    return importlib.import_module(f"{REGISTRY.vendors[vendor].api_package}._operations")


def test_every_registered_vendor_has_an_expected_operation_count() -> None:
    assert sorted(VENDORS) == sorted(OPERATION_COUNTS)


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_spec_has_the_documented_number_of_operations(vendor: str) -> None:
    assert len(spec_model(vendor).operations) == OPERATION_COUNTS[vendor]


def returns_a_parsed_body(spec: Spec, operation: dict[str, Any]) -> bool:
    """Whether a 2xx response has a JSON schema that constrains something: only then does the generator write
    `sync()`/`asyncio()`. Bodyless responses and "any JSON" schemas (diga's `UnspecifiedBody`) get
    `sync_detailed()`/`asyncio_detailed()` alone."""
    for code, response in (operation.get("responses") or {}).items():
        if not str(code).startswith("2"):
            continue
        for media_type, media in (spec.deref(response).get("content") or {}).items():
            schema = spec.deref(media.get("schema"))
            if "json" in media_type and isinstance(schema, dict) and set(schema) - {"description", "title"}:
                return True
    return False


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_has_its_generated_sync_and_async_functions(vendor: str) -> None:
    package = REGISTRY.vendors[vendor].api_package
    spec = spec_model(vendor)
    missing = []
    for op in spec.operations:
        path, method, operation = op.path, op.method, op.node
        name = python_name(operation["operationId"])
        tag = python_name(operation["tags"][0])
        try:
            module = importlib.import_module(f"{package}.api.{tag}.{name}")
        except ModuleNotFoundError:
            missing.append(f"{method.upper()} {path}: no module {package}.api.{tag}.{name}")
            continue
        functions = {"sync_detailed": False, "asyncio_detailed": True}
        if returns_a_parsed_body(spec, operation):
            functions |= {"sync": False, "asyncio": True}
        for function, is_async in functions.items():
            found = getattr(module, function, None)
            if not callable(found) or inspect.iscoroutinefunction(found) != is_async:
                missing.append(f"{method.upper()} {path}: {module.__name__} has no {'async ' * is_async}{function}()")
    assert missing == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_operations_metadata_matches_the_spec(vendor: str) -> None:
    expected = {
        python_name(op.node["operationId"]): {
            "method": op.method.upper(),
            "path": op.path,
            "operation_id": op.node["operationId"],
            "tag": op.node["tags"][0],
            "scopes": list(op.node.get("x-required-scopes", [])),
            "pagination": op.node.get("x-pagination"),
        }
        for op in spec_model(vendor).operations
    }
    actual = {
        name: {
            "method": entry["method"],
            "path": entry["path"],
            "operation_id": entry["operation_id"],
            "tag": entry["tag"],
            "scopes": entry["scopes"],
            # _operations.py adds `<key>_attr`/`<key>_arg` twins for the runtime; the spec's keys must all be there.
            "pagination": (
                {key: value for key, value in entry["pagination"].items() if not key.endswith(("_attr", "_arg"))}
                if isinstance(entry.get("pagination"), dict)
                else entry.get("pagination")
            ),
        }
        for name, entry in operations_module(vendor).OPERATIONS.items()
    }
    assert actual == expected


@pytest.mark.parametrize("vendor", VENDORS)
def test_operation_ids_and_generated_names_are_unique(vendor: str) -> None:
    names = [python_name(op.node["operationId"]) for op in spec_model(vendor).operations]
    assert len(names) == len(set(names))
    # The generator's default for an operation without a usable operationId is its method and path
    # (`get_api_v_2_list_accounts`); the overlay documents replace those with names users would say.
    assert [name for name in names if re.search(r"(^|_)v_?\d+(_|$)", name)] == []

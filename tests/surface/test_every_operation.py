"""Every operation of every vendor, reached as a bound method of a resource of the vendor's client and of its async
view (``client.aio``), with the operation's own parameters, and called over loopback against the vendor played
from its spec (requests validated with openapi-core, answers the documented success).

The operation table says where each operation is (``resource``, ``resource_method``); the test holds the generated
resources to it: same parameters (names, kinds, defaults, annotations) as the operation's functions, the same return
type as its ``sync`` (None when it has none), the whole ``Response`` from ``with_raw_response``, and the request the
server saw is the operation's own.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from tests.contract import calls
from tests.contract.clients import build_client
from tests.contract.operations import Contract, Operation, load_contract, vendor_keys
from tests.support.spec_server import SpecServer, serve_spec

VENDORS = vendor_keys()


@pytest.fixture(scope="module", params=VENDORS)
def vendor(request: pytest.FixtureRequest) -> Iterator[tuple[Contract, SpecServer]]:
    contract = load_contract(request.param)
    with serve_spec(contract) as server:
        yield contract, server


def table_entry(operation: Operation) -> dict[str, Any]:
    table: dict[str, dict[str, Any]] = importlib.import_module(
        f"talkwire_{operation.vendor}_api._operations"
    ).OPERATIONS
    return table[operation.name]


def without_first(signature: inspect.Signature, name: str) -> list[inspect.Parameter]:
    return [parameter for parameter in signature.parameters.values() if parameter.name != name]


def operation_parameters(operation: Operation) -> list[inspect.Parameter]:
    return without_first(inspect.signature(operation.module.sync_detailed), "client")


def method_parameters(method: Any) -> list[inspect.Parameter]:
    assert inspect.ismethod(method), f"{method!r} is not a bound method"
    return list(inspect.signature(method).parameters.values())


def check_reached(operation: Operation, method: Any, *, is_async: bool, raw: bool = False) -> None:
    """`method` is a bound method with the operation's parameters and return type."""
    assert method_parameters(method) == operation_parameters(operation), (
        f"{operation}: {method.__qualname__} does not take the operation's parameters"
    )
    assert inspect.iscoroutinefunction(method) is is_async, f"{method.__qualname__}: async is {not is_async}"
    returned = typing.get_type_hints(method)["return"]
    function = getattr(operation.module, "sync", None)
    if raw:
        expected = typing.get_type_hints(operation.module.sync_detailed)["return"]
    else:
        expected = type(None) if function is None else typing.get_type_hints(function)["return"]
    assert returned == expected, f"{operation}: {method.__qualname__} returns {returned}, the operation {expected}"


def arguments_for(contract: Contract, operation: Operation) -> dict[str, Any]:
    return calls.call_arguments(contract, operation, calls.wire_request(contract, operation))


def check_answer(operation: Operation, method: Any, result: Any, *, raw: bool) -> None:
    if raw:
        assert 200 <= result.status_code < 300, f"{operation}: {result.status_code}"
        result = result.parsed
    expected = typing.get_type_hints(method)["return"]
    if not raw and expected is type(None):
        assert result is None
        return
    assert calls.conforms(result, calls.return_type(operation)), f"{operation}: got {type(result).__name__}"


def check_seen(operation: Operation, server: SpecServer, before: int) -> None:
    assert not server.refused, server.refused
    assert server.seen[before:] == [operation.name], f"{operation}: the server saw {server.seen[before:]}"


def resource_methods(contract: Contract, root: Any, *, is_async: bool) -> Iterator[tuple[Operation, Any, bool]]:
    """(operation, its bound method on `root`'s resources, raw or not) for every operation, each method checked."""
    for operation in contract.operations.values():
        entry = table_entry(operation)
        for raw in (False, True):
            resource = getattr(root, entry["resource"])
            method = getattr(resource.with_raw_response if raw else resource, entry["resource_method"])
            check_reached(operation, method, is_async=is_async, raw=raw)
            yield operation, method, raw


@pytest.mark.slow
def test_every_operation_is_a_method_of_a_resource_of_the_client(vendor: tuple[Contract, SpecServer]) -> None:
    contract, server = vendor
    with build_client(contract.key, base_url=server.url, static_credentials=True) as client:
        for operation, method, raw in resource_methods(contract, client, is_async=False):
            before = len(server.seen)
            check_answer(operation, method, method(**arguments_for(contract, operation)), raw=raw)
            check_seen(operation, server, before)


@pytest.mark.slow
def test_every_operation_is_a_method_of_a_resource_of_the_async_view(vendor: tuple[Contract, SpecServer]) -> None:
    contract, server = vendor

    async def call_all() -> None:
        async with build_client(contract.key, base_url=server.url, static_credentials=True).aio as aio:
            for operation, method, raw in resource_methods(contract, aio, is_async=True):
                before = len(server.seen)
                check_answer(operation, method, await method(**arguments_for(contract, operation)), raw=raw)
                check_seen(operation, server, before)

    asyncio.run(call_all())


def test_every_resource_method_is_an_operation_of_the_table() -> None:
    """Nothing on a resource that no operation stands for (but the auto-paging twins and the raw view)."""
    for vendor_key in VENDORS:
        contract = load_contract(vendor_key)
        client = build_client(vendor_key, base_url="https://vendor.example", static_credentials=True)
        placed: dict[str, set[str]] = {}
        for operation in contract.operations.values():
            entry = table_entry(operation)
            placed.setdefault(entry["resource"], set()).add(entry["resource_method"])
            if entry.get("pagination"):
                verb, *rest = entry["resource_method"].split("_")
                placed[entry["resource"]].add("_".join([verb, "all", *rest]))
        for resource_name, methods in placed.items():
            resource = getattr(client, resource_name)
            public = {name for name in dir(resource) if not name.startswith("_")}
            assert public == methods | {"with_raw_response"}, f"{vendor_key}.{resource_name}"
            assert getattr(client.aio, resource_name) is getattr(client.aio, resource_name)  # built once

"""Every operation of every vendor, called through the vendor's real client with valid arguments (the contract
suite's), is accepted by the fake and answered with a body the client parses into its documented model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from talkwire_core.testing import VendorFake

from tests.contract import calls
from tests.contract.operations import Contract, Operation, load_contract
from tests.fake.vendors import FAKES

CONTRACTS = {vendor: load_contract(vendor) for vendor in FAKES}
CASES = [
    pytest.param(vendor, name, id=f"{vendor}.{name}")
    for vendor, contract in CONTRACTS.items()
    for name in sorted(contract.operations)
]


@pytest.fixture(scope="module")
def fakes() -> Iterator[dict[str, tuple[VendorFake, Any]]]:
    opened = {vendor: factory() for vendor, factory in FAKES.items()}
    clients = {vendor: fake.client() for vendor, fake in opened.items()}
    yield {vendor: (opened[vendor], clients[vendor]) for vendor in opened}
    for client in clients.values():
        client.close()


def own_credentials(fake: VendorFake, operation: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
    """A token operation called with the credentials the fake accepts (the spec's example ones are refused, as the
    vendor would refuse them)."""
    body = arguments.get("body")
    for attribute in ("email", "password", "client_id", "client_secret", "refresh_token"):
        if body is not None and hasattr(body, attribute) and hasattr(fake, attribute):
            setattr(body, attribute, getattr(fake, attribute))
    return arguments


@pytest.mark.parametrize(("vendor", "name"), CASES)
def test_the_fake_serves_every_operation_a_body_the_client_parses(
    fakes: dict[str, tuple[VendorFake, Any]], vendor: str, name: str
) -> None:
    fake, client = fakes[vendor]
    contract: Contract = CONTRACTS[vendor]
    operation = contract.operations[name]
    arguments = calls.call_arguments(contract, operation, calls.wire_request(contract, operation))
    arguments = own_credentials(fake, operation, arguments)

    response = operation.module.sync_detailed(client=client, **arguments)

    assert 200 <= response.status_code < 300
    assert fake.recorded_calls[-1].operation == name
    assert not fake.refusals
    expected = calls.return_type(operation)
    if fake.operation(name).default().documented.media_type is None:  # type: ignore[union-attr]
        assert response.parsed is None  # a documented success without a body (204)
    elif expected is not Any:  # Any: the spec gives the body no schema, so the client does not parse it
        assert response.parsed is not None
        assert calls.conforms(response.parsed, expected), f"{operation}: parsed {response.parsed!r}"

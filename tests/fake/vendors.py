"""The five vendor fakes by registry key, and every operation of each, for tests that go over all of them."""

from __future__ import annotations

from typing import Any

import pytest
from talkwire_core.testing import VendorFake
from talkwire_diga.testing import DigaFake
from talkwire_diio.testing import DiioFake
from talkwire_dstny.testing import DstnyFake
from talkwire_vida.testing import VidaFake
from talkwire_vocelio.testing import VocelioFake

from tests.contract import calls
from tests.contract.operations import Contract, Operation, load_contract

FAKES: dict[str, type[VendorFake]] = {
    "diio": DiioFake,
    "vocelio": VocelioFake,
    "diga": DigaFake,
    "dstny": DstnyFake,
    "vida": VidaFake,
}
CONTRACTS: dict[str, Contract] = {vendor: load_contract(vendor) for vendor in FAKES}
# (vendor, operation key) of every operation of every vendor, for @pytest.mark.parametrize(("vendor", "name"), ...).
OPERATIONS = [
    pytest.param(vendor, name, id=f"{vendor}.{name}")
    for vendor, contract in CONTRACTS.items()
    for name in sorted(contract.operations)
]


def valid_call(fake: VendorFake, vendor: str, name: str) -> tuple[Operation, dict[str, Any]]:
    """The operation and keyword arguments that call it validly (the contract suite's), a token operation's body with
    the credentials the fake accepts (the spec's example ones are refused, as the vendor would refuse them)."""
    contract = CONTRACTS[vendor]
    operation = contract.operations[name]
    arguments = calls.call_arguments(contract, operation, calls.wire_request(contract, operation))
    body = arguments.get("body")
    for attribute in ("email", "password", "client_id", "client_secret", "refresh_token"):
        if body is not None and hasattr(body, attribute) and hasattr(fake, attribute):
            setattr(body, attribute, getattr(fake, attribute))
    return operation, arguments

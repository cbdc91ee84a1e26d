"""Fixtures of the fake's tests: the `mode` each integration test runs in (the fake in process, the served fake),
and one fake of every vendor with its client (`fakes`), for the tests over every operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from talkwire_core.testing import VendorFake

from tests.fake.connect import MODES
from tests.fake.vendors import FAKES


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def fakes() -> Iterator[dict[str, tuple[VendorFake, Any]]]:
    """{vendor: (its fake, a client of it)}, for a module's tests; the clients closed at its end."""
    opened = {vendor: factory() for vendor, factory in FAKES.items()}
    clients = {vendor: fake.client() for vendor, fake in opened.items()}
    yield {vendor: (opened[vendor], clients[vendor]) for vendor in opened}
    for client in clients.values():
        client.close()

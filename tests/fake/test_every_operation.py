"""Every operation of every vendor, called through the vendor's real client with valid arguments (the contract
suite's), is accepted by the fake and answered with a body the client parses into its documented model."""

from __future__ import annotations

from typing import Any

import pytest
from talkwire_core.testing import VendorFake

from tests.contract import calls
from tests.fake.vendors import OPERATIONS, valid_call


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS)
def test_the_fake_serves_every_operation_a_body_the_client_parses(
    fakes: dict[str, tuple[VendorFake, Any]], vendor: str, name: str
) -> None:
    fake, client = fakes[vendor]
    operation, arguments = valid_call(fake, vendor, name)

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

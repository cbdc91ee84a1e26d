"""The fake's operations are reached where the client has them (``fake.calls.get``) once the generated operation
table says where that is (``resource``, ``resource_method``: issue 15), and by key (``fake.operation("get_call")``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import talkwire_vocelio_api._operations as generated
from talkwire_core import NotFoundError
from talkwire_core.testing import packaged_spec
from talkwire_vocelio.testing import VocelioFake
from talkwire_vocelio_api.api.calls import get_call


@pytest.fixture
def placed_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Vocelio's table with each operation placed on a resource named after its tag, its method the key's verb."""
    for key, entry in list(generated.OPERATIONS.items()):
        resource = re.sub(r"\W+", "_", str(entry["tag"]).lower())
        monkeypatch.setitem(
            generated.OPERATIONS, key, {**entry, "resource": resource, "resource_method": key.split("_", 1)[0]}
        )
    packaged_spec.cache_clear()
    yield
    packaged_spec.cache_clear()


def test_an_operation_is_stubbed_and_its_calls_read_through_its_resource(placed_table: None) -> None:
    fake = VocelioFake()
    assert fake.calls.get is fake.operation("get_call")
    assert "webhooks" in fake.resources  # a resource the fake's own attributes must not hide

    fake.calls.get.fails(404, code="RESOURCE_001", sent_as=200)
    with fake.client() as vocelio, pytest.raises(NotFoundError):
        get_call.sync(client=vocelio, call_id="call_1")

    (call,) = fake.calls.get.calls
    assert (call.resource, call.method, call.path_params) == ("calls", "get", {"call_id": "call_1"})


def test_a_resource_a_fake_attribute_would_hide_is_refused(placed_table: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(generated.OPERATIONS, "get_call", {**generated.OPERATIONS["get_call"], "resource": "tokens"})
    packaged_spec.cache_clear()
    with pytest.raises(TypeError, match=r"resource\(s\) tokens shadowed by fake attributes"):
        VocelioFake()

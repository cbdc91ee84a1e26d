"""The fake's operations are where the client has them, after the real generated operation tables (``resource``,
``resource_method``): what ``client.<resource>.<method>(...)`` calls is stubbed as ``fake.<resource>.<method>``, for
every operation of every vendor, and reached by key too (``fake.operation("get_call")``)."""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from talkwire_core import APIError, APITimeoutError, RetryPolicy
from talkwire_core.testing import VendorFake, packaged_spec
from talkwire_diio.testing import DiioFake
from talkwire_diio_api.models.meeting_list import MeetingList

from tests.fake.vendors import FAKES, OPERATIONS, valid_call

# A status every vendor's client turns into an APIError at once (no retry), whether the operation documents it or not.
STUBBED_STATUS = 404


def table(vendor: str) -> dict[str, dict[str, Any]]:
    operations: dict[str, dict[str, Any]] = importlib.import_module(f"talkwire_{vendor}_api._operations").OPERATIONS
    return operations


@pytest.mark.parametrize(("vendor", "name"), OPERATIONS)
def test_stubbing_through_the_fakes_resource_changes_what_the_clients_resource_method_returns(
    fakes: dict[str, tuple[VendorFake, Any]], vendor: str, name: str
) -> None:
    fake, client = fakes[vendor]
    entry = table(vendor)[name]
    resource, method_name = entry["resource"], entry["resource_method"]
    _, arguments = valid_call(fake, vendor, name)
    stub = getattr(getattr(fake, resource), method_name)
    assert stub is fake.operation(name)

    # An error instead of the documented answer: the client's method raises what the fake was told to send.
    stub.fails(STUBBED_STATUS, message="stubbed through the resource", times=1)
    with pytest.raises(APIError) as raised:
        getattr(getattr(client, resource), method_name)(**arguments)
    assert raised.value.status_code == STUBBED_STATUS

    # An answer of the test's: the raw response is the one stubbed (a header only the stub sends), parsed.
    stub.returns(stub.default().body, headers={"x-stubbed": f"{resource}.{method_name}"}, times=1)
    response = getattr(getattr(client, resource).with_raw_response, method_name)(**arguments)
    assert response.headers["x-stubbed"] == f"{resource}.{method_name}"
    assert 200 <= response.status_code < 300

    recorded = stub.calls[-2:]
    assert [(call.operation, call.resource, call.method) for call in recorded] == [(name, resource, method_name)] * 2
    assert not fake.refusals


@pytest.mark.parametrize("vendor", sorted(FAKES))
def test_every_resource_of_the_client_is_a_resource_of_the_fake(vendor: str) -> None:
    fake = FAKES[vendor]()
    placed: dict[str, set[str]] = {}
    for entry in table(vendor).values():
        placed.setdefault(entry["resource"], set()).add(entry["resource_method"])
    assert {name: set(dir(resource)) for name, resource in fake.resources.items()} == placed
    assert set(placed) <= set(dir(fake))  # tab completion shows them


def diio_page(fake: DiioFake, names: list[str], next_page: int | None) -> MeetingList:
    example = fake.meetings.list.default().body
    meetings = [{**example["meetings"][0], "name": name} for name in names]
    return MeetingList.from_dict({**example, "meetings": meetings, "next": next_page})


def test_pages_stubbed_on_the_list_method_are_walked_by_list_all_sync_and_async() -> None:
    fake = DiioFake()
    fake.meetings.list.pages([diio_page(fake, ["a", "b"], 2), diio_page(fake, ["c"], None)])
    with fake.client() as diio:
        assert [meeting.name for meeting in diio.meetings.list_all(limit=2)] == ["a", "b", "c"]

    fake.meetings.list.pages([diio_page(fake, ["d"], 2), diio_page(fake, ["e"], None)])

    async def walk() -> list[str]:
        async with fake.client().aio as aio:
            return [meeting.name async for meeting in aio.meetings.list_all(limit=2)]

    assert asyncio.run(walk()) == ["d", "e"]
    assert [call.query["page"] for call in fake.meetings.list.calls] == ["1", "2", "1", "2"]


def test_the_clients_paging_twin_and_raw_view_name_the_stub_that_answers_them() -> None:
    fake = DiioFake()
    with pytest.raises(AttributeError, match=r"list_all walks the pages of list: stub fake\.meetings\.list"):
        fake.meetings.list_all  # noqa: B018
    with pytest.raises(AttributeError, match=r"stub fake\.meetings\.<method>"):
        fake.meetings.with_raw_response  # noqa: B018
    with pytest.raises(AttributeError, match=r"the meetings resource has no operation 'delete' \(it has get, list\)"):
        fake.meetings.delete  # noqa: B018


def test_a_delay_stubbed_through_the_resource_holds_the_answer_past_the_read_timeout(
    capfd: pytest.CaptureFixture[str],
) -> None:
    fake = DiioFake()
    fake.meetings.get.delay(0.5)
    meeting_id = fake.meetings.get.default().body["id"]
    options: dict[str, Any] = {"timeout": httpx.Timeout(5.0, read=0.05), "retry": RetryPolicy(max_retries=0)}
    with fake.serve() as served, served.client(**options) as diio:
        with pytest.raises(APITimeoutError):
            diio.meetings.get(meeting_id)
        time.sleep(0.8)  # the delayed answer is written to the connection the client has closed
    assert [call.method for call in fake.meetings.get.calls] == ["get"]
    assert "Traceback" not in capfd.readouterr().err  # the served fake takes a client hanging up in its stride


@pytest.fixture
def renamed_resource(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Vocelio's table with get_call moved to a resource named like an attribute of the fake."""
    generated = importlib.import_module("talkwire_vocelio_api._operations")

    def rename(to: str) -> None:
        monkeypatch.setitem(generated.OPERATIONS, "get_call", {**generated.OPERATIONS["get_call"], "resource": to})
        packaged_spec.cache_clear()

    yield rename
    packaged_spec.cache_clear()


@pytest.mark.parametrize("attribute", ["tokens", "webhook_signing", "resources"])
def test_a_resource_a_fake_attribute_would_hide_is_refused(
    renamed_resource: Callable[[str], None], attribute: str
) -> None:
    from talkwire_vocelio.testing import VocelioFake

    renamed_resource(attribute)
    with pytest.raises(TypeError, match=rf"resource\(s\) {attribute} shadowed by fake attributes"):
        VocelioFake()


def test_a_resource_a_vendor_fakes_own_attribute_would_hide_is_refused(renamed_resource: Callable[[str], None]) -> None:
    from talkwire_vocelio.testing import VocelioFake

    renamed_resource("email")  # VocelioFake sets self.email once the resources exist
    with pytest.raises(TypeError, match=r"VocelioFake\.email would hide the email resource"):
        VocelioFake()

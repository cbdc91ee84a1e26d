"""The fast readers of wire values the models share (generated models/__init__.py) against the standard library, and
the field a ResponseValidationError names when a body does not fit, through a real client.

UUIDs are built without `uuid.UUID`'s pure-Python parsing, yet must be exactly what `uuid.UUID(text)` gives (the same
type, value, hash, pickle) and refuse exactly what it refuses. Date-times go through `datetime.fromisoformat`, with a
fallback for the RFC 3339 spellings Python 3.11 refuses (a lower-case "t" or "z", a leap second), checked here against
datetimes built from drawn components.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from talkwire_core import ResponseValidationError, RetryPolicy
from talkwire_diio import DiioClient
from talkwire_diio_api.api.meetings import list_meetings
from talkwire_dstny import DstnyClient
from talkwire_dstny_api.api.conversations import list_conversations
from talkwire_dstny_api.models import _datetime_from_wire, _uuid_from_wire

from benchmarks.pages import diio_meetings, dstny_conversations

UUID_TEXTS = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda value: str(value).upper()),
    st.uuids().map(lambda value: value.hex),
    st.uuids().map(lambda value: "{" + str(value) + "}"),
    st.uuids().map(lambda value: value.urn),
    st.uuids().map(lambda value: value.hex[:5] + "-" + value.hex[5:20] + "--" + value.hex[20:]),
    st.uuids().map(lambda value: str(value)[:-1] + "g"),
    st.uuids().map(lambda value: "+" + value.hex[1:]),
    st.uuids().map(lambda value: " " + value.hex[1:]),
    st.uuids().map(lambda value: value.hex[:10] + "_" + value.hex[11:]),
    st.uuids().map(lambda value: value.hex[:-1] + "\u0661"),
    st.text(alphabet="0123456789abcdefABCDEF-{}:urn", max_size=45),
    st.none(),
    st.integers(),
    st.binary(max_size=16),
)


def outcome(read: Any, text: Any) -> tuple[str, Any]:
    try:
        return ("value", read(text))
    except Exception as error:
        return ("refused", type(error))


@settings(max_examples=400)
@given(text=UUID_TEXTS)
def test_a_uuid_is_exactly_what_uuid_uuid_makes_of_the_text(text: Any) -> None:
    fast, reference = outcome(_uuid_from_wire, text), outcome(uuid.UUID, text)
    assert fast == reference
    if fast[0] == "value":
        value = fast[1]
        assert type(value) is uuid.UUID
        assert value.is_safe is uuid.SafeUUID.unknown
        assert hash(value) == hash(reference[1]) and str(value) == str(reference[1])
        assert repr(value) == repr(reference[1])
        assert pickle.loads(pickle.dumps(value)) == value and copy.deepcopy(value) == value


ZONES = st.one_of(
    st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
    st.tuples(st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59)),
)


@settings(max_examples=400)
@given(
    moment=st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 12, 30)),
    separator=st.sampled_from("Tt "),
    zone=ZONES,
    digits=st.text(alphabet="0123456789", max_size=9),
)
def test_an_rfc3339_date_time_reads_as_the_instant_it_spells(
    moment: dt.datetime, separator: str, zone: Any, digits: str
) -> None:
    if isinstance(zone, tuple):
        sign, hours, minutes = zone
        offset = dt.timedelta(hours=hours, minutes=minutes) * (-1 if sign == "-" else 1)
        zone_text = f"{sign}{hours:02d}:{minutes:02d}"
    else:
        offset, zone_text = dt.timedelta(0), zone
    fraction = f".{digits}" if digits else ""
    text = f"{moment:%Y-%m-%d}{separator}{moment:%H:%M:%S}{fraction}{zone_text}"
    expected = moment.replace(microsecond=int(digits[:6].ljust(6, "0") or 0), tzinfo=dt.timezone(offset))
    read = _datetime_from_wire(text)
    assert read == expected and read.utcoffset() == offset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-12-31T23:59:60Z", dt.datetime(2016, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC)),
        ("2016-12-31t23:59:60.5z", dt.datetime(2016, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC)),
        (
            "2017-01-01T08:59:60+09:00",
            dt.datetime(2017, 1, 1, 8, 59, 59, 999_999, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        ),
    ],
)
def test_a_leap_second_reads_as_the_last_instant_before_it(text: str, expected: dt.datetime) -> None:
    assert _datetime_from_wire(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2016-12-31T12:00:60Z",  # a leap second is only ever at 23:59:60 UTC
        "2016-12-31T23:59:60+01:00",  # 22:59:60 UTC
        "2026-02-07T25:00:00z",
        "2026-02-30t09:00:00z",
        "2026-02-07t09:00:00zz",
        "next tuesday",
    ],
)
def test_what_is_not_an_rfc3339_date_time_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        _datetime_from_wire(text)


@pytest.mark.parametrize("text", ["2026-02-07", "2026-02-07T09:00", "20260207T090000Z", "2026-02-07T09:00:00"])
def test_what_fromisoformat_reads_besides_rfc3339_reads_as_before(text: str) -> None:
    assert _datetime_from_wire(text) == dt.datetime.fromisoformat(text)


# --- the field a ResponseValidationError names -------------------------------------------------------------------

CANARY = "mt_canary_9f8e7d6c5b4a"


def dstny_answering(body: Any) -> DstnyClient:
    return DstnyClient(
        CANARY,
        base_url="https://ci.acme.test/api/v1",
        retry=RetryPolicy(max_retries=0),
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )


def conversations_page(change: Any) -> dict[str, Any]:
    page = dstny_conversations(4)
    change(page["conversations"])
    return page


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (
            lambda items: items[2]["user"].update(id="67c869eb-30b1-4eb3-bd2c-be8c912a98zz"),
            "conversations[2].user.id",
            "ValueError",
        ),
        (
            lambda items: items[1]["department"].pop("name"),
            "conversations[1].department.name",
            "required field missing",
        ),
        (lambda items: items[0].update(date="yesterday"), "conversations[0].date", "ValueError"),
        (lambda items: items[3].update(medium=["call"]), "conversations[3].medium", "TypeError"),
        (lambda items: items.__setitem__(3, ["not", "an", "object"]), "conversations[3]", "expected a JSON object"),
        (lambda items: items[0].pop("title"), "conversations[0].title", "required field missing"),
    ],
)
def test_a_body_that_does_not_fit_names_the_field_at_fault(change: Any, field: str, reason: str) -> None:
    page = conversations_page(change)
    page["conversations"][0]["company"] = CANARY  # a value of the body must not reach the error
    with dstny_answering(page) as dstny, pytest.raises(ResponseValidationError) as raised:
        list_conversations.sync(client=dstny)
    error = raised.value
    assert error.field == field, str(error)
    assert reason in error.reason and repr(field) in str(error) and "list_conversations" in str(error)
    for exposed in (str(error), repr(error), pickle.dumps(error), pickle.dumps(error.__cause__), repr(vars(error))):
        assert CANARY not in str(exposed)


def test_a_nested_list_item_is_named_by_its_index_at_every_level() -> None:
    page = diio_meetings(3)
    page["meetings"][2]["attendees"]["sellers"].append({"name": "Ann", "email": "ann@acme.test", "user_id": "x"})
    client = DiioClient(
        client_id="wire-values-client",
        client_secret="wire-values-client-secret-5e1f",
        refresh_token="wire-values-refresh-token-7c2a",
        access_token="wire-values-access-token-3b9d",
        base_url="https://acme.diio.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=page)),
    )
    with client, pytest.raises(ResponseValidationError) as raised:
        list_meetings.sync(client=client)
    assert raised.value.field == "meetings[2].attendees.sellers[1].user_id"


def test_a_body_that_fits_parses_with_its_documented_values() -> None:
    page = dstny_conversations(3)
    with dstny_answering(page) as dstny:
        parsed = list_conversations.sync(client=dstny)
    first = parsed.conversations[0]
    assert first.id == uuid.UUID(page["conversations"][0]["id"]) and type(first.id) is uuid.UUID
    assert first.date == dt.datetime.fromisoformat(page["conversations"][0]["date"])
    assert first.user.name == "Erik Lindström" and first.department.name == "B2B Sales"
    assert parsed.to_dict()["conversations"][0]["id"] == page["conversations"][0]["id"]
